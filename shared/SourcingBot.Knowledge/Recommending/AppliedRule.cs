namespace SourcingBot.Knowledge.Recommending;

// A rule (or overlap requirement) that applied to a profile: its score adjustments per strategy or
// hybrid id and, for the overlap, a reason text per strategy that states the computed hours.
internal sealed record AppliedRule(
    string Id,
    string Because,
    IReadOnlyList<ProfileField> Fields,
    IReadOnlyList<string> EntryIds,
    IReadOnlyList<string> SourceIds,
    string? Step,
    IReadOnlyDictionary<string, decimal> Adjustments,
    IReadOnlyDictionary<string, string> Texts)
{
    public string TextFor(string strategyId) => Texts.GetValueOrDefault(strategyId) ?? Because;
}
