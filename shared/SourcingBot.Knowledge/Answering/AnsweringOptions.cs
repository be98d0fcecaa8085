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

    /// <summary>Above this confidence a close runner-up does not make the question ambiguous.</summary>
    public double ConfidentDespiteRunnerUp { get; init; } = 0.8;

    /// <summary>How many choices a "did you mean" offers.</summary>
    public int MaximumAlternatives { get; init; } = 3;

    /// <summary>The longest question analysed, in characters; the rest is ignored.</summary>
    public int MaximumQuestionLength { get; init; } = 2000;
}
