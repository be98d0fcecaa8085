namespace SourcingBot.Knowledge.Recommending;

/// <summary>A reason for (or against) a strategy, with the answers and knowledge it rests on.</summary>
/// <param name="Text">The reason in plain words.</param>
/// <param name="Fields">The profile answers it comes from; empty for facts about the strategy itself.</param>
/// <param name="EntryIds">Knowledge entries that explain it.</param>
/// <param name="SourceIds">Sources that ground it.</param>
/// <param name="RuleId">The rule (or overlap requirement) that produced it, if any.</param>
/// <param name="Weight">How much it added to (or, when negative, took from) the recommended strategy's score.</param>
public sealed record RecommendationReason(
    string Text,
    IReadOnlyList<ProfileField> Fields,
    IReadOnlyList<string> EntryIds,
    IReadOnlyList<string> SourceIds,
    string? RuleId,
    decimal Weight);
