namespace SourcingBot.Knowledge.Recommending;

/// <summary>
/// "When these answers hold, adjust these strategies' scores, because …": one editable rule of
/// <c>recommendation.yaml</c>.
/// </summary>
public sealed record ScoringRule
{
    /// <summary>Unique, stable id (kebab-case).</summary>
    public required string Id { get; init; }

    /// <summary>All of these must hold for the rule to apply.</summary>
    public required IReadOnlyList<RuleCondition> Conditions { get; init; }

    /// <summary>Score adjustment per strategy or hybrid id.</summary>
    public required IReadOnlyDictionary<string, decimal> Adjustments { get; init; }

    /// <summary>The reason shown to the user when the rule counts.</summary>
    public required string Because { get; init; }

    /// <summary>Knowledge entries that explain the reason.</summary>
    public IReadOnlyList<string> EntryIds { get; init; } = [];

    /// <summary>Sources that ground the reason (at least one).</summary>
    public required IReadOnlyList<string> SourceIds { get; init; }

    /// <summary>A next step to suggest when the rule applies and affects the recommended strategy, if any.</summary>
    public string? Step { get; init; }
}
