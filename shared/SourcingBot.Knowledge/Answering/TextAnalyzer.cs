using System.Text;
using SourcingBot.Knowledge.Model;

namespace SourcingBot.Knowledge.Answering;

// Turns free text into matching terms: short forms expanded, typos corrected against the
// knowledge vocabulary, words stemmed, synonym phrases folded into one term, stop words dropped.
internal sealed class TextAnalyzer
{
    private readonly Dictionary<string, string[]> _shortForms;
    private readonly Dictionary<string, List<(string[] Stems, string Canonical)>> _phrases = new(StringComparer.Ordinal);
    private readonly SpellingCorrector _corrector;
    private readonly HashSet<string> _knownTerms = new(StringComparer.Ordinal);

    public TextAnalyzer(Vocabulary vocabulary, IEnumerable<string> corpus)
    {
        _shortForms = vocabulary.ShortForms.ToDictionary(
            pair => pair.Key, pair => pair.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        foreach (var group in vocabulary.Synonyms)
        {
            var canonical = string.Join('_', StemAll(Words(group[0])));
            foreach (var member in group)
            {
                var stems = StemAll(Words(member));
                if (stems.Length == 0)
                {
                    continue;
                }

                if (!_phrases.TryGetValue(stems[0], out var list))
                {
                    _phrases[stems[0]] = list = [];
                }

                list.Add((stems, canonical));
                list.Sort((a, b) => b.Stems.Length.CompareTo(a.Stems.Length));
            }
        }

        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in corpus.SelectMany(Words).Concat(StopWords.All).Concat(_shortForms.Values.SelectMany(w => w)))
        {
            frequencies[word] = frequencies.GetValueOrDefault(word) + 1;
        }

        _corrector = new SpellingCorrector(frequencies);
    }

    /// <summary>Registers the terms the index knows, so analysis can report unknown ones.</summary>
    public void AddKnownTerms(IEnumerable<string> terms) => _knownTerms.UnionWith(terms);

    public AnalyzedText Analyze(string text)
    {
        var stems = new List<string>();
        var stop = new List<bool>();
        foreach (var word in Words(text))
        {
            var corrected = _corrector.Correct(word) ?? word;
            stems.Add(Stemmer.Stem(corrected));
            stop.Add(StopWords.Contains(corrected));
        }

        var terms = new List<string>(stems.Count);
        for (var index = 0; index < stems.Count;)
        {
            var phrase = MatchPhrase(stems, index);
            if (phrase is not null)
            {
                AddDistinct(terms, phrase.Value.Canonical);
                index += phrase.Value.Length;
                continue;
            }

            if (!stop[index])
            {
                AddDistinct(terms, stems[index]);
            }

            index++;
        }

        var bigrams = new List<string>(Math.Max(0, terms.Count - 1));
        for (var index = 1; index < terms.Count; index++)
        {
            bigrams.Add(string.Concat(terms[index - 1], " ", terms[index]));
        }

        var unknown = _knownTerms.Count == 0 ? [] : terms.Where(term => !_knownTerms.Contains(term)).ToList();
        return new AnalyzedText(terms, bigrams, unknown);
    }

    /// <summary>Splits text into lower-case words, expanding short forms ("n" → "and", "b/w" → "between").</summary>
    public IEnumerable<string> Words(string text)
    {
        foreach (var raw in text.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal)
                     .Replace("’", "", StringComparison.Ordinal)
                     .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var token = raw.Trim('?', '!', '.', ',', ';', ':', '"', '(', ')', '[', ']', '*', '“', '”');
            if (_shortForms?.TryGetValue(token, out var expansion) == true)
            {
                foreach (var word in expansion)
                {
                    yield return word;
                }

                continue;
            }

            foreach (var word in SplitWord(token))
            {
                if (_shortForms?.TryGetValue(word, out var wordExpansion) == true)
                {
                    foreach (var expanded in wordExpansion)
                    {
                        yield return expanded;
                    }
                }
                else
                {
                    yield return word;
                }
            }
        }
    }

    private static IEnumerable<string> SplitWord(string token)
    {
        var builder = new StringBuilder();
        foreach (var character in token)
        {
            if (char.IsLetterOrDigit(character))
            {
                builder.Append(character);
            }
            else if (builder.Length > 0)
            {
                yield return builder.ToString();
                builder.Clear();
            }
        }

        if (builder.Length > 0)
        {
            yield return builder.ToString();
        }
    }

    private static string[] StemAll(IEnumerable<string> words) => words.Select(Stemmer.Stem).ToArray();

    private (string Canonical, int Length)? MatchPhrase(List<string> stems, int start)
    {
        if (!_phrases.TryGetValue(stems[start], out var candidates))
        {
            return null;
        }

        foreach (var (phrase, canonical) in candidates)
        {
            if (start + phrase.Length <= stems.Count && phrase.AsSpan().SequenceEqual(stems.GetRange(start, phrase.Length).ToArray()))
            {
                return (canonical, phrase.Length);
            }
        }

        return null;
    }

    private static void AddDistinct(List<string> terms, string term)
    {
        if (!terms.Contains(term))
        {
            terms.Add(term);
        }
    }
}
