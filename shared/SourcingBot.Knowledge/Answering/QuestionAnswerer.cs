using SourcingBot.Knowledge.Comparing;
using SourcingBot.Knowledge.Model;

namespace SourcingBot.Knowledge.Answering;

/// <summary>Finds the knowledge entry that answers a free-text question, with a calibrated confidence.</summary>
public sealed class QuestionAnswerer
{
    private readonly AnsweringOptions _options;
    private readonly TextAnalyzer _analyzer;
    private readonly KnowledgeIndex _index;
    private readonly double _unknownWeight;

    /// <summary>Indexes <paramref name="knowledge"/> for answering.</summary>
    public QuestionAnswerer(KnowledgeBase knowledge, AnsweringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        Knowledge = knowledge;
        _options = options ?? new AnsweringOptions();
        _analyzer = new TextAnalyzer(knowledge.Vocabulary, Corpus(knowledge), _options.ContextWeight);
        _index = new KnowledgeIndex(knowledge.Entries, _analyzer, _options);
        Comparer = new StrategyComparer(knowledge, _analyzer);
        // A word no entry uses weighs a share of a mid-range term (half the rarest term's weight).
        _unknownWeight = _options.UnknownTermWeight * _index.MaximumIdf / 2;
    }

    /// <summary>Side-by-side comparisons of the strategies in the same knowledge.</summary>
    public StrategyComparer Comparer { get; }

    /// <summary>The knowledge this answerer searches.</summary>
    public KnowledgeBase Knowledge { get; }

    /// <summary>Answers one question as a whole.</summary>
    public AnswerResult Answer(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.Length > _options.MaximumQuestionLength ? question[.._options.MaximumQuestionLength] : question;
        var query = _analyzer.Analyze(text);
        if (query.IsEmpty)
        {
            return new AnswerResult(question, AnswerOutcome.NotUnderstood, null, 0, []);
        }

        var ranked = RankByTopic(_index.Search(query));
        if (ranked.Length == 0)
        {
            return new AnswerResult(question, AnswerOutcome.NotUnderstood, null, 0, []);
        }

        var best = ranked[0];
        var entry = _index.Entry(best.Entry);
        var runnerUp = RunnerUp(ranked);
        var confidence = Confidence(query, best, runnerUp);
        if (entry.Topic == Topics.OffTopic && confidence >= _options.MinimumConfidence * 0.75)
        {
            return new AnswerResult(question, AnswerOutcome.Declined, entry, confidence, []);
        }

        if (confidence < _options.MinimumConfidence)
        {
            return new AnswerResult(question, AnswerOutcome.NotUnderstood, entry, confidence, []);
        }

        var close = runnerUp is { } other && other.Score >= best.Score * _options.AmbiguityRatio
            && confidence < _options.ConfidentDespiteRunnerUp;
        if (confidence >= _options.AnswerConfidence && !close)
        {
            return new AnswerResult(question, AnswerOutcome.Answered, entry, confidence, []);
        }

        // Unsure, and a decline fits nearly as well ("nearshore wave height forecast"): decline rather
        // than offer sourcing answers to a question that is not about sourcing.
        var decline = ranked.Skip(1).Take(3).Where(candidate =>
            _index.Entry(candidate.Entry).Topic == Topics.OffTopic && candidate.Score >= best.Score * _options.DeclineRatio).ToArray();
        if (decline.Length > 0)
        {
            return new AnswerResult(question, AnswerOutcome.Declined, _index.Entry(decline[0].Entry), confidence, []);
        }

        var alternatives = ranked
            .Where(candidate => candidate.Score >= best.Score * 0.7)
            .Select(candidate => _index.Entry(candidate.Entry))
            .Where(candidate => candidate.Topic != Topics.OffTopic)
            .DistinctBy(candidate => candidate.Topic)
            .Take(_options.MaximumAlternatives)
            .ToArray();
        return new AnswerResult(question, AnswerOutcome.Ambiguous, entry, confidence, alternatives);
    }

    /// <summary>Shows how a question is understood: its terms and the best candidates (for operators tuning content).</summary>
    public AnswerExplanation Explain(string question, int candidates = 5)
    {
        ArgumentNullException.ThrowIfNull(question);
        var query = _analyzer.Analyze(question);
        var ranked = query.IsEmpty ? [] : _index.Search(query);
        return new AnswerExplanation(
            query.Terms.Zip(query.Weights).ToArray(),
            ranked.Take(candidates)
                .Select(candidate => (_index.Entry(candidate.Entry).Id, _index.Entry(candidate.Entry).Topic, Math.Round(candidate.Score, 3)))
                .ToArray(),
            Answer(question));
    }

    /// <summary>
    /// Reduces a question to what it means for matching, whatever its wording: short forms expanded, typos corrected
    /// against the knowledge vocabulary, stop words dropped, words stemmed and synonyms folded, then sorted. Questions
    /// with the same key ask the same thing ("risks of nearshoring?", "nearshorring risks"); for grouping them.
    /// </summary>
    /// <returns>The terms joined by spaces; the question lower-cased and trimmed when it has no content term.</returns>
    public string GroupingKey(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var terms = _analyzer.Analyze(question).Terms;
        return terms.Count > 0 ? string.Join(' ', terms.Order(StringComparer.Ordinal)) : question.Trim().ToLowerInvariant();
    }

    /// <summary>Answers each part of a question that asks several things ("what is X, and what are the risks of Y?").</summary>
    public IReadOnlyList<AnswerResult> AnswerParts(string question)
    {
        var parts = QuestionSplitter.Split(question);
        if (parts.Count < 2)
        {
            return [Answer(question)];
        }

        var whole = Answer(question);
        var results = parts.Select(Answer).ToList();
        var answered = results.Where(result => result.Outcome == AnswerOutcome.Answered).ToList();
        if (answered.Count < 2)
        {
            return [whole];
        }

        return answered.DistinctBy(result => result.Entry!.Id).ToArray();
    }

    // A topic that several entries speak to (the risks of offshoring: general, captive, cyber) is a
    // likelier reading of the question than one entry of another topic with a slightly higher score.
    // Ranked best first, the second entry met of a topic is its second best.
    private ScoredEntry[] RankByTopic(ScoredEntry[] ranked)
    {
        if (_options.TopicSupportWeight <= 0 || ranked.Length < 2)
        {
            return ranked;
        }

        var seen = new int[_index.TopicCount];
        var support = new double[_index.TopicCount];
        foreach (var candidate in ranked)
        {
            var topic = _index.TopicOf(candidate.Entry);
            if (++seen[topic] == 2)
            {
                support[topic] = candidate.Score;
            }
        }

        for (var index = 0; index < ranked.Length; index++)
        {
            var candidate = ranked[index];
            ranked[index] = candidate with { Score = candidate.Score + (_options.TopicSupportWeight * support[_index.TopicOf(candidate.Entry)]) };
        }

        Array.Sort(ranked, ScoredEntry.BestFirst);
        return ranked;
    }

    // The best candidate of another topic than the best one.
    private ScoredEntry? RunnerUp(ScoredEntry[] ranked)
    {
        var topic = _index.TopicOf(ranked[0].Entry);
        foreach (var candidate in ranked.AsSpan(1))
        {
            if (_index.TopicOf(candidate.Entry) != topic)
            {
                return candidate;
            }
        }

        return null;
    }

    // Coverage: how much of the question (weighted by term rarity) the entry speaks to. Fit: how much
    // of the best-matching phrasing the question contains. Separation: how clearly the entry beats the
    // best entry of another topic.
    private double Confidence(AnalyzedText query, ScoredEntry best, ScoredEntry? runnerUp)
    {
        double total = 0, covered = 0, matchedInDocument = 0;
        for (var index = 0; index < query.Terms.Count; index++)
        {
            var (term, share) = (query.Terms[index], query.Weights[index]);
            var idf = _index.Idf(term) * share;
            var weight = idf > 0 ? idf : _unknownWeight * share;
            total += weight;
            if (_index.EntryContains(best.Entry, term))
            {
                covered += weight;
            }

            if (_index.DocumentContains(best.Document, term))
            {
                matchedInDocument += idf;
            }
        }

        var documentMass = _index.DocumentMass(best.Document);
        var coverage = total == 0 ? 0 : covered / total;
        var fit = documentMass == 0 ? 0 : matchedInDocument / documentMass;
        var separation = runnerUp is not { } other ? 1 : Math.Min(1, (1 - (other.Score / best.Score)) / 0.3);
        return Math.Round(((0.65 * coverage) + (0.35 * fit)) * (0.75 + (0.25 * separation)), 3);
    }

    private static IEnumerable<string> Corpus(KnowledgeBase knowledge) =>
        knowledge.Entries.SelectMany(entry => entry.Questions.Concat(entry.Keywords)
                .Append(entry.Title).Append(entry.Label).Append(entry.Answer)
                .Concat(entry.Sections.Select(section => section.Text)))
            .Concat(knowledge.Strategies.SelectMany(strategy => strategy.Aliases.Append(strategy.Name).Append(strategy.Summary)))
            .Concat(knowledge.Vocabulary.Synonyms.SelectMany(group => group));
}
