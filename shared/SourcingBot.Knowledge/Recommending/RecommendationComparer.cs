namespace SourcingBot.Knowledge.Recommending;

// Explains the difference between two recommendations: which answers changed, which rules started
// or stopped applying, and whether another strategy now leads.
internal static class RecommendationComparer
{
    private const int MaxExplained = 3;

    public static RecommendationChange Compare(Recommendation previous, Recommendation current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        var changed = AnswerText.Fields
            .Select(f => new AnswerChange(f, AnswerText.Label(f), AnswerText.Display(previous.Profile, f), AnswerText.Display(current.Profile, f)))
            .Where(c => !string.Equals(c.Before, c.After, StringComparison.Ordinal))
            .ToArray();
        var before = previous.AppliedRules.Select(r => r.RuleId).ToHashSet(StringComparer.Ordinal);
        var after = current.AppliedRules.Select(r => r.RuleId).ToHashSet(StringComparer.Ordinal);
        var nowApplying = current.AppliedRules.Where(r => !before.Contains(r.RuleId)).ToArray();
        var noLonger = previous.AppliedRules.Where(r => !after.Contains(r.RuleId)).ToArray();
        var previousScores = previous.Ranking.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var scoreChanges = current.Ranking
            .Where(s => previousScores.TryGetValue(s.Id, out var old) && old.Score != s.Score)
            .Select(s => new ScoreChange(s.Id, s.Name, previousScores[s.Id].Score, s.Score))
            .OrderByDescending(c => Math.Abs(c.After - c.Before))
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToArray();
        return new RecommendationChange
        {
            ChangedAnswers = changed,
            PreviousWinner = previous.Recommended,
            NewWinner = current.Recommended,
            NowApplying = nowApplying,
            NoLongerApplying = noLonger,
            ScoreChanges = scoreChanges,
            Summary = Summarise(previous, current, changed, nowApplying, noLonger),
        };
    }

    private static string Summarise(
        Recommendation previous,
        Recommendation current,
        AnswerChange[] changed,
        RecommendationReason[] nowApplying,
        RecommendationReason[] noLonger)
    {
        var what = changed.Length == 0
            ? "With the same answers"
            : "With " + string.Join(", ", changed.Select(c => $"{c.Label.ToLowerInvariant()} changed from {c.Before} to {c.After}"));
        var newName = AnswerText.InSentence(current.Recommended.Name);
        var verdict = previous.Recommended.Id == current.Recommended.Id
            ? $"{what}, {newName} still leads."
            : $"{what}, {newName} now leads instead of {AnswerText.InSentence(previous.Recommended.Name)}.";
        var why = nowApplying.Select(r => r.Text).Take(MaxExplained)
            .Concat(noLonger.Select(r => "No longer applies: " + r.Text).Take(MaxExplained))
            .ToArray();
        return why.Length == 0 ? verdict : $"{verdict} {string.Join(" ", why)}";
    }
}
