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
    }

    public bool IsKnown(string word) => _frequencies.ContainsKey(word);

    /// <summary>The known word nearest to <paramref name="word"/>, or null when none is close enough.</summary>
    public string? Correct(string word)
    {
        if (word.Length < MinimumLength || IsKnown(word) || !word.All(char.IsLetter))
        {
            return null;
        }

        var allowed = word.Length >= 9 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        foreach (var delete in Deletes(word, allowed))
        {
            if (!_deletes.TryGetValue(delete, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                // A typo rarely changes the first letter; requiring it keeps real words that the
                // knowledge happens not to use ("tower", "sailing") from being "corrected" into it.
                if (Math.Abs(candidate.Length - word.Length) > allowed || candidate[0] != word[0])
                {
                    continue;
                }

                var distance = EditDistance.Compute(word, candidate);
                var frequency = _frequencies[candidate];
                if (distance <= allowed && (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency)))
                {
                    (best, bestDistance, bestFrequency) = (candidate, distance, frequency);
                }
            }
        }

        return best;
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
}
