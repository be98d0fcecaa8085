namespace SourcingBot.Knowledge.Answering;

// Corrects a misspelt word to the nearest word of the knowledge vocabulary, by the symmetric
// delete method (SymSpell): the deletes of every known word are indexed once, so a lookup only
// generates the deletes of the typed word instead of comparing it with the whole vocabulary.
internal sealed class SpellingCorrector
{
    private const int MaximumDistance = 2;
    private const int MinimumLength = 6;

    private readonly Dictionary<string, int> _frequencies;
    private readonly Dictionary<string, List<string>> _deletes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>>.AlternateLookup<ReadOnlySpan<char>> _deleteLookup;

    public SpellingCorrector(IReadOnlyDictionary<string, int> frequencies)
    {
        _frequencies = new Dictionary<string, int>(frequencies, StringComparer.Ordinal);
        foreach (var word in _frequencies.Keys.Where(word => word.Length >= MinimumLength - 1))
        {
            foreach (var delete in Deletes(word, MaximumDistance))
            {
                if (!_deletes.TryGetValue(delete, out var words))
                {
                    _deletes[delete] = words = [];
                }

                words.Add(word);
            }
        }

        _deleteLookup = _deletes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool IsKnown(string word) => _frequencies.ContainsKey(word);

    /// <summary>The known word nearest to <paramref name="word"/>, or null when none is close enough.</summary>
    public string? Correct(string word)
    {
        if (word.Length < MinimumLength || IsKnown(word) || !IsLetters(word))
        {
            return null;
        }

        // The typed word's deletes are looked up as spans of two buffers rather than made into strings:
        // the word itself, then each one-letter delete, then (for long words) each two-letter delete.
        var allowed = word.Length >= 9 ? 2 : 1;
        var nearest = new Nearest(null, int.MaxValue, 0);
        Span<char> once = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        Span<char> twice = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        Consider(word, allowed, word, ref nearest);
        for (var first = 0; first < word.Length; first++)
        {
            var deletedOnce = Delete(word, first, once);
            Consider(word, allowed, deletedOnce, ref nearest);
            for (var second = 0; allowed == 2 && second < deletedOnce.Length && deletedOnce.Length > 1; second++)
            {
                Consider(word, allowed, Delete(deletedOnce, second, twice), ref nearest);
            }
        }

        return nearest.Word;
    }

    // A delete met twice changes nothing: only a strictly nearer or (at the same distance) strictly
    // more frequent word replaces the nearest so far.
    private void Consider(string word, int allowed, ReadOnlySpan<char> delete, ref Nearest nearest)
    {
        if (!_deleteLookup.TryGetValue(delete, out var candidates))
        {
            return;
        }

        foreach (var candidate in candidates)
        {
            // A typo rarely changes the first letter; requiring it keeps real words that the
            // knowledge happens not to use ("tower", "sailing") from being "corrected" into it.
            // The nearest word so far is reached again through most of the typed word's deletes.
            if (Math.Abs(candidate.Length - word.Length) > allowed || candidate[0] != word[0] || ReferenceEquals(candidate, nearest.Word))
            {
                continue;
            }

            var distance = EditDistance.Compute(word, candidate);
            var frequency = _frequencies[candidate];
            if (distance <= allowed && (distance < nearest.Distance || (distance == nearest.Distance && frequency > nearest.Frequency)))
            {
                nearest = new Nearest(candidate, distance, frequency);
            }
        }
    }

    private static ReadOnlySpan<char> Delete(ReadOnlySpan<char> word, int index, Span<char> buffer)
    {
        word[..index].CopyTo(buffer);
        word[(index + 1)..].CopyTo(buffer[index..]);
        return buffer[..(word.Length - 1)];
    }

    private static bool IsLetters(string word)
    {
        foreach (var character in word)
        {
            if (!char.IsLetter(character))
            {
                return false;
            }
        }

        return true;
    }

    private static HashSet<string> Deletes(string word, int distance)
    {
        var result = new HashSet<string>(StringComparer.Ordinal) { word };
        var frontier = new List<string> { word };
        for (var step = 0; step < distance; step++)
        {
            var next = new List<string>();
            foreach (var item in frontier.Where(item => item.Length > 1))
            {
                for (var index = 0; index < item.Length; index++)
                {
                    var delete = item.Remove(index, 1);
                    if (result.Add(delete))
                    {
                        next.Add(delete);
                    }
                }
            }

            frontier = next;
        }

        return result;
    }

    private readonly record struct Nearest(string? Word, int Distance, int Frequency);
}
