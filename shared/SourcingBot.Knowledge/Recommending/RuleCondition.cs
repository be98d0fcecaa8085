namespace SourcingBot.Knowledge.Recommending;

/// <summary>One test on one answer of the profile; a rule applies when all its conditions hold.</summary>
public sealed record RuleCondition
{
    /// <summary>The field name as written in the rules file, e.g. "teamSize" or "headquartersArea".</summary>
    public required string Name { get; init; }

    /// <summary>The profile answer the condition reads.</summary>
    public required ProfileField Field { get; init; }

    /// <summary>How the answer is tested.</summary>
    public required ConditionOperator Operator { get; init; }

    /// <summary>The values compared with, in canonical form (enum member names, "True"/"False", area names).</summary>
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>The limit of a numeric comparison.</summary>
    public decimal? Limit { get; init; }

    /// <summary>For money: the currencies the limit applies to; an amount in another currency counts as unknown.</summary>
    public IReadOnlyList<string> Currencies { get; init; } = [];
}
