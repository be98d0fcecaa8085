namespace SourcingBot.Knowledge.Recommending;

// "What would change it": re-scores the profile with one answer changed at a time and keeps the
// changes that make another strategy lead, at most one per answer and new leader.
internal static class CounterfactualFinder
{
    private const int Limit = 8;

    public static IReadOnlyList<Counterfactual> Find(
        ProfileScorer scorer, CompanyProfile profile, IReadOnlyList<RegionOverlap> overlaps, StrategyScore winner)
    {
        var result = new List<Counterfactual>();
        var seen = new HashSet<(ProfileField, string)>();
        var bestHours = scorer.BestHours(overlaps);
        var applying = scorer.Applying(profile);
        var scores = scorer.Scores(applying);
        var scoresWithout = new Dictionary<ProfileField, decimal[]>();
        foreach (var (field, answer, condition, changed) in AnswerAlternatives.For(profile))
        {
            if (!scoresWithout.TryGetValue(field, out var unchanged))
            {
                unchanged = scorer.ScoresWithout(applying, scores, field);
                scoresWithout[field] = unchanged;
            }

            var leader = scorer.Leader(changed, field, unchanged, bestHours);
            if (leader.Id == winner.Id || !seen.Add((field, leader.Id)))
            {
                continue;
            }

            var text = $"If {condition}, {AnswerText.InSentence(leader.Name)} would lead instead of {AnswerText.InSentence(winner.Name)}.";
            result.Add(new Counterfactual(field, answer, leader.Id, leader.Name, text));
            if (result.Count == Limit)
            {
                break;
            }
        }

        return result;
    }
}
