namespace SourcingBot.Knowledge.Answering;

/// <summary>Thresholds of the question answerer, tuned on the evaluation set.</summary>
public sealed record AnsweringOptions
{
    /// <summary>Below this confidence nothing is answered.</summary>
    public double MinimumConfidence { get; init; } = 0.3;

    /// <summary>At or above this confidence the best entry is answered directly.</summary>
    public double AnswerConfidence { get; init; } = 0.5;

    /// <summary>A runner-up of another topic scoring at least this share of the best makes the question ambiguous.</summary>
    public double AmbiguityRatio { get; init; } = 0.93;

    /// <summary>When the best entry is not answered outright, a decline scoring at least this share of it wins.</summary>
    public double DeclineRatio { get; init; } = 0.85;

    /// <summary>Above this confidence a close runner-up does not make the question ambiguous.</summary>
    public double ConfidentDespiteRunnerUp { get; init; } = 0.8;

    /// <summary>How many choices a "did you mean" offers.</summary>
    public int MaximumAlternatives { get; init; } = 3;

    /// <summary>BM25 term-frequency saturation.</summary>
    public double K1 { get; init; } = 1.2;

    /// <summary>BM25 length normalisation: how much shorter phrasings are preferred.</summary>
    public double B { get; init; } = 0.9;

    /// <summary>How much a match of the entry's title counts against a match of one of its other phrasings.</summary>
    public double TitleWeight { get; init; } = 1.15;

    /// <summary>How much a keyword match counts against a question-phrasing match.</summary>
    public double KeywordWeight { get; init; } = 0.85;

    /// <summary>How much a matched pair of consecutive terms adds, relative to a single term.</summary>
    public double BigramWeight { get; init; } = 0.5;

    /// <summary>How much query terms found elsewhere in the entry (not in its best phrasing) add.</summary>
    public double ElsewhereWeight { get; init; } = 0.5;

    /// <summary>How much the second-best entry of the same topic adds to an entry's score.</summary>
    public double TopicSupportWeight { get; init; } = 0.1;

    /// <summary>How much terms from sentences that only give context count, against the question sentence.</summary>
    public double ContextWeight { get; init; } = 0.5;

    /// <summary>The weight of a word the knowledge never uses, as a share of a mid-range term weight.</summary>
    public double UnknownTermWeight { get; init; } = 0.5;

    /// <summary>The longest question analysed, in characters; the rest is ignored.</summary>
    public int MaximumQuestionLength { get; init; } = 2000;
}
