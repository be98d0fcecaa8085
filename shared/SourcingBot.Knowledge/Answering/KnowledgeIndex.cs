using SourcingBot.Knowledge.Model;

namespace SourcingBot.Knowledge.Answering;

// BM25 over short documents: each phrasing of an entry (its questions, its title, its keywords)
// is a document, and an entry scores as its best document plus a little for query terms found
// elsewhere in the entry. Short documents make "what is offshoring" prefer the definition over
// "risks of offshoring"; inverse document frequencies are counted per entry, not per phrasing.
internal sealed class KnowledgeIndex
{
    private readonly IReadOnlyList<KnowledgeEntry> _entries;
    private readonly List<Document> _documents = [];
    private readonly Dictionary<string, List<Posting>> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);
    private readonly HashSet<string>[] _entryTerms;
    private readonly double _averageLength;

    private readonly AnsweringOptions _options;

    public KnowledgeIndex(IReadOnlyList<KnowledgeEntry> entries, TextAnalyzer analyzer, AnsweringOptions options)
    {
        _options = options;
        _entries = entries;
        _entryTerms = new HashSet<string>[entries.Count];
        for (var entry = 0; entry < entries.Count; entry++)
        {
            _entryTerms[entry] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var question in entries[entry].Questions)
            {
                AddDocument(entry, analyzer.Analyze(question), 1.0, normaliseLength: true);
            }

            // The title is the entry's own canonical question: it wins a tie with an incidental phrasing elsewhere.
            AddDocument(entry, analyzer.Analyze(entries[entry].Title), options.TitleWeight, normaliseLength: true);

            // The keywords form one bag, so that several of them ("uni", "essay") add up, scored
            // without length normalisation (a long keyword list is not a long phrasing).
            var keywords = entries[entry].Keywords.Select(analyzer.Analyze).ToArray();
            if (keywords.Length > 0)
            {
                var terms = keywords.SelectMany(k => k.Terms).Distinct(StringComparer.Ordinal).ToArray();
                var bigrams = keywords.SelectMany(k => k.Bigrams).Distinct(StringComparer.Ordinal).ToArray();
                var bag = new AnalyzedText(terms, Array.ConvertAll(terms, _ => 1.0), bigrams, Array.ConvertAll(bigrams, _ => 1.0));
                AddDocument(entry, bag, options.KeywordWeight, normaliseLength: false);
            }
        }

        var phrasings = _documents.Where(document => document.NormaliseLength).ToArray();
        _averageLength = phrasings.Length == 0 ? 1 : phrasings.Average(document => document.Length);
        var entryFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in _entryTerms.SelectMany(terms => terms))
        {
            entryFrequency[term] = entryFrequency.GetValueOrDefault(term) + 1;
        }

        foreach (var (term, frequency) in entryFrequency)
        {
            _idf[term] = Math.Log(1 + ((entries.Count - frequency + 0.5) / (frequency + 0.5)));
        }

        MaximumIdf = _idf.Count == 0 ? 1 : _idf.Values.Max();
    }

    public double MaximumIdf { get; }

    public double Idf(string term) => _idf.GetValueOrDefault(term);

    public bool EntryContains(int entry, string term) => _entryTerms[entry].Contains(term);

    public KnowledgeEntry Entry(int entry) => _entries[entry];

    /// <summary>Entries ranked by score, best first, with the terms their best document matched.</summary>
    public List<ScoredEntry> Search(AnalyzedText query)
    {
        var documentScores = new Dictionary<int, double>();
        var terms = query.Terms.Zip(query.Weights)
            .Concat(query.Bigrams.Zip(query.BigramWeights.Select(weight => weight * _options.BigramWeight)));
        foreach (var (term, weight) in terms)
        {
            if (!_postings.TryGetValue(term, out var postings))
            {
                continue;
            }

            var idf = _idf[term] * weight;
            foreach (var posting in postings)
            {
                var document = _documents[posting.Document];
                var normaliser = document.NormaliseLength
                    ? _options.K1 * (1 - _options.B + (_options.B * document.Length / _averageLength))
                    : _options.K1;
                var score = idf * posting.Frequency * (_options.K1 + 1) / (posting.Frequency + normaliser) * document.Weight;
                documentScores[posting.Document] = documentScores.GetValueOrDefault(posting.Document) + score;
            }
        }

        var entries = new Dictionary<int, (double Score, int Document)>();

        foreach (var (document, score) in documentScores)
        {
            var entry = _documents[document].Entry;
            if (!entries.TryGetValue(entry, out var current) || score > current.Score)
            {
                entries[entry] = (score, document);
            }
        }

        var ranked = new List<ScoredEntry>(entries.Count);
        foreach (var (entry, (score, document)) in entries)
        {
            var elsewhere = query.Terms.Zip(query.Weights)
                .Where(pair => _entryTerms[entry].Contains(pair.First) && !_documents[document].Terms.Contains(pair.First))
                .Sum(pair => _idf[pair.First] * pair.Second);
            ranked.Add(new ScoredEntry(entry, score + (_options.ElsewhereWeight * elsewhere), _documents[document].Terms));
        }

        // Equal scores go to the entry whose matched phrasing has the least the question did not ask.
        ranked.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.DocumentTerms.Count.CompareTo(b.DocumentTerms.Count));
        return ranked;
    }

    private void AddDocument(int entry, AnalyzedText text, double weight, bool normaliseLength)
    {
        if (text.IsEmpty)
        {
            return;
        }

        var terms = text.Terms.Concat(text.Bigrams).ToArray();
        var index = _documents.Count;
        _documents.Add(new Document(entry, text.Terms.Count, weight, new HashSet<string>(text.Terms, StringComparer.Ordinal), normaliseLength));
        _entryTerms[entry].UnionWith(text.Terms);
        _entryTerms[entry].UnionWith(text.Bigrams);
        foreach (var group in terms.GroupBy(term => term, StringComparer.Ordinal))
        {
            if (!_postings.TryGetValue(group.Key, out var postings))
            {
                _postings[group.Key] = postings = [];
            }

            postings.Add(new Posting(index, group.Count()));
        }
    }

    private sealed record Document(int Entry, int Length, double Weight, HashSet<string> Terms, bool NormaliseLength);

    private readonly record struct Posting(int Document, int Frequency);
}

/// <summary>An entry's score for a query and the terms of its best-matching phrasing.</summary>
internal sealed record ScoredEntry(int Entry, double Score, HashSet<string> DocumentTerms);
