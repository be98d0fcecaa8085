namespace SourcingBot.Knowledge.Recommending;

// Applies the rules to one profile and ranks the candidates. Pure: the time-zone overlaps are
// computed once by the caller, because "what would change it" re-scores the same company many times.
internal sealed class ProfileScorer(RecommendationRules rules, IReadOnlyList<Candidate> candidates)
{
    private static readonly ProfileField[] OverlapFields = [ProfileField.HeadquartersTimeZone, ProfileField.OverlapNeeded];
    private readonly Dictionary<string, string> _names = candidates.ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal);

    public ScoreSheet Score(CompanyProfile profile, IReadOnlyList<RegionOverlap> overlaps)
    {
        var applied = rules.Rules
            .Where(rule => ConditionEvaluator.Applies(rule, profile) == true)
            .Select(rule => new AppliedRule(
                rule.Id, rule.Because, rule.Conditions.Select(c => c.Field).Distinct().ToArray(), rule.EntryIds,
                rule.SourceIds, rule.Step, rule.Adjustments, new Dictionary<string, string>()))
            .ToList();
        if (OverlapRule(profile, overlaps) is { } overlap)
        {
            applied.Add(overlap);
        }

        var totals = candidates.Where(c => !c.IsHybrid)
            .ToDictionary(c => c.Id, c => applied.Sum(rule => rule.Adjustments.GetValueOrDefault(c.Id)), StringComparer.Ordinal);
        var choices = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var scores = new Dictionary<string, decimal>(totals, StringComparer.Ordinal);
        foreach (var hybrid in candidates.Where(c => c.IsHybrid))
        {
            var chosen = hybrid.Parts.Select(part => Best(part, totals)).ToArray();
            choices[hybrid.Id] = chosen;
            scores[hybrid.Id] = (chosen.Sum(id => totals[id]) / chosen.Length) + applied.Sum(rule => rule.Adjustments.GetValueOrDefault(hybrid.Id));
        }

        var ranking = candidates
            .Select((candidate, index) => (Candidate: candidate, Index: index, Score: scores[candidate.Id]))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Index)
            .Select((c, rank) => new StrategyScore(
                c.Candidate.Id, c.Candidate.Name, Math.Round(c.Score, 2, MidpointRounding.AwayFromZero), rank + 1,
                choices.GetValueOrDefault(c.Candidate.Id) ?? [],
                (choices.GetValueOrDefault(c.Candidate.Id) ?? []).Select(id => _names[id]).ToArray()))
            .ToArray();
        return new ScoreSheet(applied, ranking, choices);
    }

    // The best-scoring strategy of a hybrid's part; on a tie, the one listed first.
    private static string Best(IReadOnlyList<string> part, Dictionary<string, decimal> totals)
    {
        var best = part[0];
        foreach (var id in part.Skip(1).Where(id => totals.GetValueOrDefault(id) > totals.GetValueOrDefault(best)))
        {
            best = id;
        }

        return best;
    }

    // Scores every located strategy on whether its best region gives the shared hours the need requires.
    private AppliedRule? OverlapRule(CompanyProfile profile, IReadOnlyList<RegionOverlap> overlaps)
    {
        if (profile.OverlapNeeded is not { } need || string.IsNullOrWhiteSpace(profile.HeadquartersTimeZone)
            || rules.OverlapRequirements.FirstOrDefault(r => r.Need == need) is not { } requirement)
        {
            return null;
        }

        var fullDay = (rules.BusinessDayEnd - rules.BusinessDayStart).TotalHours;
        var adjustments = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var candidate in candidates.Where(c => !c.IsHybrid && rules.Locations.ContainsKey(c.Id)))
        {
            var kinds = rules.Locations[candidate.Id];
            (string Region, double Hours)? best = kinds.Contains(RegionKind.Home) ? ("your own country", fullDay) : null;
            foreach (var region in overlaps.Where(o => kinds.Contains(o.Kind) && (best is null || o.YearRoundHours > best.Value.Hours)))
            {
                best = (region.Region, region.YearRoundHours);
            }

            if (best is not { } found)
            {
                continue;
            }

            var meets = found.Hours >= requirement.MinimumHours;
            adjustments[candidate.Id] = meets ? requirement.Meets : requirement.FallsShort;
            var name = AnswerText.InSentence(candidate.Name);
            var needed = AnswerText.Hours(requirement.MinimumHours);
            texts[candidate.Id] = meets
                ? $"{requirement.Because} With {name}, {found.Region} shares {AnswerText.Hours(found.Hours)} of your business day all year ({needed} needed)."
                : $"{requirement.Because} With {name}, even the best region, {found.Region}, shares only {AnswerText.Hours(found.Hours)} of your business day all year ({needed} needed).";
        }

        return adjustments.Count == 0
            ? null
            : new AppliedRule(requirement.Id, requirement.Because, OverlapFields, requirement.EntryIds, requirement.SourceIds, null, adjustments, texts);
    }
}
