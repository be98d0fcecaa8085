namespace SourcingBot.Knowledge.Recommending;

/// <summary>What changed between an earlier recommendation and a new one, and why.</summary>
public sealed record RecommendationChange
{
    /// <summary>The answers that differ.</summary>
    public required IReadOnlyList<AnswerChange> ChangedAnswers { get; init; }

    /// <summary>The earlier recommended strategy.</summary>
    public required StrategyScore PreviousWinner { get; init; }

    /// <summary>The new recommended strategy.</summary>
    public required StrategyScore NewWinner { get; init; }

    /// <summary>Whether a different strategy now leads.</summary>
    public bool WinnerChanged => !string.Equals(PreviousWinner.Id, NewWinner.Id, StringComparison.Ordinal);

    /// <summary>Rules that apply now but did not before.</summary>
    public required IReadOnlyList<RecommendationReason> NowApplying { get; init; }

    /// <summary>Rules that applied before but no longer do.</summary>
    public required IReadOnlyList<RecommendationReason> NoLongerApplying { get; init; }

    /// <summary>The strategies whose score moved, largest move first.</summary>
    public required IReadOnlyList<ScoreChange> ScoreChanges { get; init; }

    /// <summary>The change in one or two sentences.</summary>
    public required string Summary { get; init; }
}
