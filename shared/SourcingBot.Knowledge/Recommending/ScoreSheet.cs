namespace SourcingBot.Knowledge.Recommending;

// The result of scoring one profile: the applied rules, the ranking, and for each hybrid the
// strategy chosen for each of its parts. A candidate's score is the sum of its contributions.
internal sealed class ScoreSheet(
    IReadOnlyList<AppliedRule> applied,
    IReadOnlyList<StrategyScore> ranking,
    IReadOnlyDictionary<string, IReadOnlyList<string>> hybridChoices)
{
    public IReadOnlyList<AppliedRule> Applied { get; } = applied;

    public IReadOnlyList<StrategyScore> Ranking { get; } = ranking;

    public StrategyScore Winner => Ranking[0];

    public StrategyScore RunnerUp => Ranking.Count > 1 ? Ranking[1] : Ranking[0];

    // A hybrid gets the rule's adjustment for itself plus the mean of the rule's adjustments for its chosen parts.
    public decimal Contribution(AppliedRule rule, string candidateId) =>
        hybridChoices.TryGetValue(candidateId, out var parts)
            ? rule.Adjustments.GetValueOrDefault(candidateId) + (parts.Sum(p => rule.Adjustments.GetValueOrDefault(p)) / parts.Count)
            : rule.Adjustments.GetValueOrDefault(candidateId);

    public string TextFor(AppliedRule rule, string candidateId)
    {
        if (!hybridChoices.TryGetValue(candidateId, out var parts))
        {
            return rule.TextFor(candidateId);
        }

        // For a hybrid, the text of the part the rule moves most explains it best.
        var strongest = parts.OrderByDescending(p => Math.Abs(rule.Adjustments.GetValueOrDefault(p))).First();
        return rule.Adjustments.ContainsKey(candidateId) ? rule.Because : rule.TextFor(strongest);
    }

    public IReadOnlyList<string> PartsOf(string candidateId) => hybridChoices.GetValueOrDefault(candidateId) ?? [];
}
