namespace SourcingBot.Conversations.Assessment.Reading;

// Finds known phrases as whole words. Where phrases overlap the longest wins ("we do not" over
// "we do", "new south wales" over "wales"); the same words standing for several things count for each.
internal sealed class PhraseFinder<T>
{
    private readonly List<(IReadOnlyList<string> Words, T Tag)> _phrases = [];

    public int Count => _phrases.Count;

    public PhraseFinder<T> Add(string phrase, T tag)
    {
        var words = Words.Of(phrase);
        if (words.Count > 0)
        {
            _phrases.Add((words, tag));
        }

        return this;
    }

    public IReadOnlyList<PhraseHit<T>> Find(string text) => Find(Words.Of(text));

    public IReadOnlyList<PhraseHit<T>> Find(IReadOnlyList<string> words)
    {
        var candidates = new List<PhraseHit<T>>();
        foreach (var (phrase, tag) in _phrases)
        {
            for (var start = 0; start + phrase.Count <= words.Count; start++)
            {
                if (StandsAt(phrase, words, start))
                {
                    candidates.Add(new PhraseHit<T>(start, phrase.Count, tag));
                }
            }
        }

        var kept = new List<PhraseHit<T>>();
        foreach (var hit in candidates.OrderByDescending(hit => hit.Length).ThenBy(hit => hit.Start))
        {
            var clash = kept.Any(other => other.Overlaps(hit) && (other.Start != hit.Start || other.Length != hit.Length));
            if (!clash && !kept.Contains(hit))
            {
                kept.Add(hit);
            }
        }

        return kept.OrderBy(hit => hit.Start).ToArray();
    }

    private static bool StandsAt(IReadOnlyList<string> phrase, IReadOnlyList<string> words, int start)
    {
        for (var i = 0; i < phrase.Count; i++)
        {
            if (!string.Equals(phrase[i], words[start + i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
