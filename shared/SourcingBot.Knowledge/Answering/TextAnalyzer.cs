using System.Runtime.InteropServices;
using SourcingBot.Knowledge.Model;

namespace SourcingBot.Knowledge.Answering;

// Turns free text into matching terms: short forms expanded, typos corrected against the
// knowledge vocabulary, words stemmed, synonym phrases folded into one term, stop words dropped.
internal sealed class TextAnalyzer
{
    private readonly WordSplitter _words;
    private readonly Dictionary<string, string> _stems;
    private readonly Dictionary<string, List<(string[] Stems, string Canonical)>> _phrases = new(StringComparer.Ordinal);
    private readonly SpellingCorrector _corrector;

    private readonly double _contextWeight;

    public TextAnalyzer(Vocabulary vocabulary, IEnumerable<string> corpus, double contextWeight = 0.5)
    {
        _contextWeight = contextWeight;
        var shortForms = vocabulary.ShortForms.ToDictionary(
            pair => pair.Key, pair => pair.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        _words = new WordSplitter(shortForms, []);
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
        foreach (var word in corpus.SelectMany(Words).Concat(StopWords.All).Concat(shortForms.Values.SelectMany(w => w)))
        {
            frequencies[word] = frequencies.GetValueOrDefault(word) + 1;
        }

        _corrector = new SpellingCorrector(frequencies);

        // Questions mostly use the knowledge's own words: those are read and stemmed once, here.
        _words = new WordSplitter(shortForms, frequencies.Keys);
        _stems = frequencies.Keys.ToDictionary(word => word, Stemmer.Stem, StringComparer.Ordinal);
    }

    public AnalyzedText Analyze(string text)
    {
        var sentences = Sentences(text);
        var context = sentences.Count > 1 && sentences.Any(s => s.IsQuestion) && sentences.Any(s => !s.IsQuestion);
        var terms = new List<string>();
        var weights = new List<double>();
        var bigrams = new List<string>();
        var bigramWeights = new List<double>();
        foreach (var (range, isQuestion) in sentences)
        {
            // In "We're a 40-person fintech in Amsterdam. What are the main risks?" the question
            // sentence says what is asked; the others only give context and count for less.
            var weight = context && !isQuestion ? _contextWeight : 1.0;
            var sentenceTerms = Terms(text.AsSpan(range));
            for (var index = 0; index < sentenceTerms.Count; index++)
            {
                var existing = terms.IndexOf(sentenceTerms[index]);
                if (existing < 0)
                {
                    terms.Add(sentenceTerms[index]);
                    weights.Add(weight);
                }
                else
                {
                    weights[existing] = Math.Max(weights[existing], weight);
                }

                if (index > 0)
                {
                    bigrams.Add(string.Concat(sentenceTerms[index - 1], " ", sentenceTerms[index]));
                    bigramWeights.Add(weight);
                }
            }
        }

        return new AnalyzedText(terms, weights, bigrams, bigramWeights);
    }

    private List<string> Terms(ReadOnlySpan<char> text)
    {
        var words = _words.Split(text);
        var stems = new List<string>(words.Count);
        var stop = new List<bool>(words.Count);
        foreach (var word in words)
        {
            var corrected = _corrector.Correct(word) ?? word;
            stems.Add(_stems.TryGetValue(corrected, out var stem) ? stem : Stemmer.Stem(corrected));
            stop.Add(StopWords.Contains(corrected));
        }

        var terms = Fold(stems, stop, keepStopWords: false);

        // "who are you" or "what can you do" are nothing but stop words: then the words themselves count.
        return terms.Count > 0 ? terms : Fold(stems, stop, keepStopWords: true);
    }

    private List<string> Fold(List<string> stems, List<bool> stop, bool keepStopWords)
    {
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

            if (keepStopWords || !stop[index])
            {
                AddDistinct(terms, stems[index]);
            }

            index++;
        }

        return terms;
    }

    private static List<(Range Range, bool IsQuestion)> Sentences(string text)
    {
        var sentences = new List<(Range, bool)>();
        var start = 0;
        for (var index = 0; index <= text.Length; index++)
        {
            if (index < text.Length && text[index] is not ('?' or '!' or '.' or '\n'))
            {
                continue;
            }

            // A full stop inside a word or number ("u.s", "1.5") does not end a sentence.
            if (index < text.Length && text[index] == '.' && index + 1 < text.Length && !char.IsWhiteSpace(text[index + 1]))
            {
                continue;
            }

            var range = Trimmed(text, start, Math.Min(index + 1, text.Length));
            var sentence = text.AsSpan(range);
            if (HasLetterOrDigit(sentence))
            {
                sentences.Add((range, sentence.EndsWith('?') || StartsWithQuestionWord(sentence)));
            }

            start = index + 1;
        }

        return sentences;
    }

    // The range of text[start..end] without its leading and trailing white space.
    private static Range Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return start..end;
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (var character in text)
        {
            if (char.IsLetterOrDigit(character))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithQuestionWord(ReadOnlySpan<char> sentence)
    {
        var space = sentence.IndexOf(' ');
        var first = space < 0 ? sentence : sentence[..space];
        Span<char> lower = stackalloc char[Math.Min(first.Length, 8)];
        if (first.Length > lower.Length)
        {
            return false;
        }

        first.ToLowerInvariant(lower);
        return lower is "what" or "whats" or "what's" or "how" or "why" or "which" or "when" or "where" or "who" or "is"
            or "are" or "can" or "should" or "do" or "does" or "explain" or "tell" or "compare" or "define";
    }

    /// <summary>Splits text into lower-case words, expanding short forms ("n" → "and", "b/w" → "between").</summary>
    public IEnumerable<string> Words(string text) => _words.Split(text);

    private static string[] StemAll(IEnumerable<string> words) => words.Select(Stemmer.Stem).ToArray();

    private (string Canonical, int Length)? MatchPhrase(List<string> stems, int start)
    {
        if (!_phrases.TryGetValue(stems[start], out var candidates))
        {
            return null;
        }

        foreach (var (phrase, canonical) in candidates)
        {
            if (start + phrase.Length <= stems.Count && phrase.AsSpan().SequenceEqual(CollectionsMarshal.AsSpan(stems).Slice(start, phrase.Length)))
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
