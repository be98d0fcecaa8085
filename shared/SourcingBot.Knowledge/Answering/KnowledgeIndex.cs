using System.Buffers;
using SourcingBot.Knowledge.Model;

namespace SourcingBot.Knowledge.Answering;

// BM25 over short documents: each phrasing of an entry (its questions, its title, its keywords)
// is a document, and an entry scores as its best document plus a little for query terms found
// elsewhere in the entry. Short documents make "what is offshoring" prefer the definition over
// "risks of offshoring"; inverse document frequencies are counted per entry, not per phrasing.
// Everything that does not depend on the question (term numbers, each posting's BM25 share, each
// phrasing's weight) is computed here once, so a search is sums over arrays.
internal sealed class KnowledgeIndex
{
    private readonly IReadOnlyList<KnowledgeEntry> _entries;
    private readonly Document[] _documents;
    private readonly Dictionary<string, IndexedTerm> _terms = new(StringComparer.Ordinal);
    private readonly HashSet<int>[] _entryTerms;
    private readonly int[] _entryTopics;
    private readonly double _bigramWeight;
    private readonly double _elsewhereWeight;

    public KnowledgeIndex(IReadOnlyList<KnowledgeEntry> entries, TextAnalyzer analyzer, AnsweringOptions options)
    {
        _entries = entries;
        _bigramWeight = options.BigramWeight;
        _elsewhereWeight = options.ElsewhereWeight;
        var phrasings = new List<Phrasing>();
        for (var entry = 0; entry < entries.Count; entry++)
        {
            foreach (var question in entries[entry].Questions)
            {
                phrasings.Add(new Phrasing(entry, analyzer.Analyze(question), 1.0, NormaliseLength: true));
            }

            // The title is the entry's own canonical question: it wins a tie with an incidental phrasing elsewhere.
            phrasings.Add(new Phrasing(entry, analyzer.Analyze(entries[entry].Title), options.TitleWeight, NormaliseLength: true));

            // The keywords form one bag, so that several of them ("uni", "essay") add up, scored
            // without length normalisation (a long keyword list is not a long phrasing).
            var keywords = entries[entry].Keywords.Select(analyzer.Analyze).ToArray();
            if (keywords.Length > 0)
            {
                var terms = keywords.SelectMany(k => k.Terms).Distinct(StringComparer.Ordinal).ToArray();
                var bigrams = keywords.SelectMany(k => k.Bigrams).Distinct(StringComparer.Ordinal).ToArray();
                var bag = new AnalyzedText(terms, Array.ConvertAll(terms, _ => 1.0), bigrams, Array.ConvertAll(bigrams, _ => 1.0));
                phrasings.Add(new Phrasing(entry, bag, options.KeywordWeight, NormaliseLength: false));
            }
        }

        phrasings.RemoveAll(phrasing => phrasing.Text.IsEmpty);
        var entryTerms = new HashSet<string>[entries.Count];
        for (var entry = 0; entry < entries.Count; entry++)
        {
            entryTerms[entry] = new HashSet<string>(StringComparer.Ordinal);
        }

        foreach (var phrasing in phrasings)
        {
            entryTerms[phrasing.Entry].UnionWith(phrasing.Text.Terms.Concat(phrasing.Text.Bigrams));
        }

        var idf = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var group in entryTerms.SelectMany(terms => terms).GroupBy(term => term, StringComparer.Ordinal))
        {
            var frequency = group.Count();
            idf[group.Key] = Math.Log(1 + ((entries.Count - frequency + 0.5) / (frequency + 0.5)));
        }

        MaximumIdf = idf.Count == 0 ? 1 : idf.Values.Max();
        var averageLength = phrasings.Where(p => p.NormaliseLength).Select(p => p.Text.Terms.Count).DefaultIfEmpty(1).Average();
        var postings = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        for (var document = 0; document < phrasings.Count; document++)
        {
            var (_, text, weight, normaliseLength) = phrasings[document];
            var normaliser = normaliseLength ? options.K1 * (1 - options.B + (options.B * text.Terms.Count / averageLength)) : options.K1;
            foreach (var group in text.Terms.Concat(text.Bigrams).GroupBy(term => term, StringComparer.Ordinal))
            {
                var frequency = group.Count();
                var share = idf[group.Key] * frequency * (options.K1 + 1) / (frequency + normaliser) * weight;
                postings.TryAdd(group.Key, []);
                postings[group.Key].Add(new Posting(document, share));
            }
        }

        foreach (var (term, list) in postings)
        {
            _terms[term] = new IndexedTerm(_terms.Count, idf[term], [.. list]);
        }

        _documents = phrasings
            .Select(p => new Document(p.Entry, p.Text.Terms.Select(term => _terms[term].Id).ToArray(), p.Text.Terms.Sum(term => idf[term])))
            .ToArray();
        _entryTerms = Array.ConvertAll(entryTerms, terms => terms.Select(term => _terms[term].Id).ToHashSet());
        var topics = entries.Select(entry => entry.Topic).Distinct(StringComparer.Ordinal).ToList();
        _entryTopics = entries.Select(entry => topics.IndexOf(entry.Topic)).ToArray();
        TopicCount = topics.Count;
    }

    public double MaximumIdf { get; }

    public int TopicCount { get; }

    public double Idf(string term) => _terms.TryGetValue(term, out var indexed) ? indexed.Idf : 0;

    public KnowledgeEntry Entry(int entry) => _entries[entry];

    /// <summary>The topic of an entry, as a number below <see cref="TopicCount"/>.</summary>
    public int TopicOf(int entry) => _entryTopics[entry];

    public bool EntryContains(int entry, string term) => _terms.TryGetValue(term, out var indexed) && _entryTerms[entry].Contains(indexed.Id);

    public bool DocumentContains(int document, string term) => _terms.TryGetValue(term, out var indexed) && _documents[document].Contains(indexed.Id);

    /// <summary>The summed inverse document frequency of a phrasing's terms.</summary>
    public double DocumentMass(int document) => _documents[document].Mass;

    /// <summary>Entries ranked by score, best first, each with its best-matching phrasing.</summary>
    public ScoredEntry[] Search(AnalyzedText query)
    {
        var documentScores = ArrayPool<double>.Shared.Rent(_documents.Length);
        var best = ArrayPool<int>.Shared.Rent(_entries.Count);
        try
        {
            Array.Clear(documentScores, 0, _documents.Length);
            AddScores(query.Terms, query.Weights, 1.0, documentScores);
            AddScores(query.Bigrams, query.BigramWeights, _bigramWeight, documentScores);

            // Each entry keeps its best phrasing (the first of equals).
            Array.Fill(best, -1, 0, _entries.Count);
            var matched = 0;
            for (var document = 0; document < _documents.Length; document++)
            {
                var entry = _documents[document].Entry;
                if (documentScores[document] > 0 && (best[entry] < 0 || documentScores[document] > documentScores[best[entry]]))
                {
                    matched += best[entry] < 0 ? 1 : 0;
                    best[entry] = document;
                }
            }

            var ranked = new ScoredEntry[matched];
            var count = 0;
            for (var entry = 0; entry < _entries.Count; entry++)
            {
                if (best[entry] >= 0)
                {
                    var score = documentScores[best[entry]] + (_elsewhereWeight * Elsewhere(query, entry, _documents[best[entry]]));
                    ranked[count++] = new ScoredEntry(entry, score, score, best[entry], _documents[best[entry]].Length);
                }
            }

            Array.Sort(ranked, ScoredEntry.BestFirst);
            return ranked;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(documentScores);
            ArrayPool<int>.Shared.Return(best);
        }
    }

    private void AddScores(IReadOnlyList<string> terms, IReadOnlyList<double> weights, double factor, double[] documentScores)
    {
        for (var index = 0; index < terms.Count; index++)
        {
            if (_terms.TryGetValue(terms[index], out var term))
            {
                var weight = weights[index] * factor;
                foreach (var posting in term.Postings)
                {
                    documentScores[posting.Document] += weight * posting.Share;
                }
            }
        }
    }

    // The weight of the query terms the entry speaks to outside its best phrasing.
    private double Elsewhere(AnalyzedText query, int entry, Document document)
    {
        var sum = 0.0;
        for (var index = 0; index < query.Terms.Count; index++)
        {
            if (_terms.TryGetValue(query.Terms[index], out var term) && _entryTerms[entry].Contains(term.Id) && !document.Contains(term.Id))
            {
                sum += term.Idf * query.Weights[index];
            }
        }

        return sum;
    }

    private sealed record Phrasing(int Entry, AnalyzedText Text, double Weight, bool NormaliseLength);

    private sealed record IndexedTerm(int Id, double Idf, Posting[] Postings);

    // A posting's share is the term's BM25 contribution to the phrasing before the query's own weight.
    private readonly record struct Posting(int Document, double Share);

    // Phrasings are a few words long: a scan of their term numbers beats a hash set.
    private sealed record Document(int Entry, int[] Terms, double Mass)
    {
        public int Length => Terms.Length;

        public bool Contains(int termId) => Array.IndexOf(Terms, termId) >= 0;
    }
}
