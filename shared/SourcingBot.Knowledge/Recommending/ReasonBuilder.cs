using SourcingBot.Knowledge.Model;

namespace SourcingBot.Knowledge.Recommending;

// Turns a score sheet into the reasons, trade-offs, risks and next steps shown for the winner.
internal sealed class ReasonBuilder(KnowledgeBase knowledge, RecommendationRules rules)
{
    private const int MaxReasons = 5;
    private const int MaxTradeOffs = 4;
    private const string RisksDimension = "risks";

    public static IReadOnlyList<RecommendationReason> Applied(ScoreSheet sheet, string winnerId) =>
        sheet.Applied.Select(rule => ToReason(sheet, rule, winnerId)).ToArray();

    public IReadOnlyList<RecommendationReason> Reasons(ScoreSheet sheet, string winnerId)
    {
        var reasons = new List<RecommendationReason>();
        if (rules.Hybrids.FirstOrDefault(h => h.Id == winnerId) is { } hybrid)
        {
            reasons.Add(new RecommendationReason(
                $"{hybrid.Name}: {hybrid.Summary}", [], hybrid.EntryIds, hybrid.SourceIds, hybrid.Id, 0m));
        }

        reasons.AddRange(Applied(sheet, winnerId).Where(r => r.Weight > 0).OrderByDescending(r => r.Weight).Take(MaxReasons));
        return reasons;
    }

    public static IReadOnlyList<RecommendationReason> TradeOffs(ScoreSheet sheet, string winnerId) =>
        Applied(sheet, winnerId).Where(r => r.Weight < 0).OrderBy(r => r.Weight).Take(MaxTradeOffs).ToArray();

    public IReadOnlyList<RecommendationReason> Risks(ScoreSheet sheet, StrategyScore winner)
    {
        var ids = winner.IsHybrid ? sheet.PartsOf(winner.Id).Distinct() : [winner.Id];
        return ids.Select(knowledge.FindStrategy)
            .OfType<Strategy>()
            .Where(s => s.Values.ContainsKey(RisksDimension))
            .Select(s => new RecommendationReason(
                $"Main risks of {AnswerText.InSentence(s.Name)}: {LowerFirst(s.Values[RisksDimension])}.",
                [], [s.EntryId], s.Sources.Select(source => source.Id).ToArray(), null, 0m))
            .ToArray();
    }

    public IReadOnlyList<string> NextSteps(ScoreSheet sheet, string winnerId)
    {
        var fromRules = sheet.Applied
            .Where(rule => rule.Step is not null && sheet.Contribution(rule, winnerId) != 0)
            .Select(rule => rule.Step!);
        return (rules.NextSteps.GetValueOrDefault(winnerId) ?? []).Concat(fromRules).Distinct(StringComparer.Ordinal).ToArray();
    }

    private static RecommendationReason ToReason(ScoreSheet sheet, AppliedRule rule, string winnerId) =>
        new(sheet.TextFor(rule, winnerId), rule.Fields, rule.EntryIds, rule.SourceIds, rule.Id, sheet.Contribution(rule, winnerId));

    private static string LowerFirst(string text) => AnswerText.InSentence(text.TrimEnd('.'));
}
