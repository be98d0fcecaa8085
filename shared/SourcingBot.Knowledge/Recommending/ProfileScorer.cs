using System.Collections.ObjectModel;

namespace SourcingBot.Knowledge.Recommending;

// Applies the rules to one profile and ranks the candidates. Pure: the time-zone overlaps are
// computed once by the caller, because "what would change it" re-scores the same company many times.
// Score builds the full sheet (reasons and texts); Leader only finds the winner, for those many
// re-scorings of a profile with one answer changed. It starts from what is computed once for the
// original profile: the scores of the rules that do not read the changed answer (ScoresWithout;
// only the rules that read it are tested again) and the hours each candidate shares with
// headquarters (BestHours; the headquarters is never one of the answers varied).
internal sealed class ProfileScorer
{
    private static readonly ProfileField[] OverlapFields = [ProfileField.HeadquartersTimeZone, ProfileField.OverlapNeeded];
    private static readonly IReadOnlyDictionary<string, string> NoTexts = ReadOnlyDictionary<string, string>.Empty;

    private readonly RecommendationRules _rules;
    private readonly Candidate[] _candidates;
    private readonly CompiledRule[] _compiled;
    private readonly int[] _hybrids;
    private readonly int[][][] _partOptions;
    private readonly Dictionary<string, string> _names;
    private readonly Dictionary<string, int> _index;
    private readonly Dictionary<OverlapNeed, OverlapRequirement> _requirements;

    public ProfileScorer(RecommendationRules rules, IReadOnlyList<Candidate> candidates)
    {
        _rules = rules;
        _candidates = candidates.ToArray();
        _compiled = rules.Rules.Select(rule => new CompiledRule(rule, _candidates)).ToArray();
        _names = _candidates.ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal);
        _index = _candidates.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        _hybrids = Enumerable.Range(0, _candidates.Length).Where(i => _candidates[i].IsHybrid).ToArray();
        _partOptions = _hybrids.Select(h => _candidates[h].Parts.Select(part => part.Select(id => _index[id]).ToArray()).ToArray()).ToArray();
        _requirements = rules.OverlapRequirements.DistinctBy(r => r.Need).ToDictionary(r => r.Need);
    }

    public ScoreSheet Score(CompanyProfile profile, IReadOnlyList<RegionOverlap> overlaps)
    {
        var facts = new ProfileFacts(profile);
        var applied = _compiled
            .Where(rule => rule.Applies(facts) == true)
            .Select(rule => new AppliedRule(
                rule.Rule.Id, rule.Rule.Because, rule.Fields, rule.Rule.EntryIds,
                rule.Rule.SourceIds, rule.Rule.Step, rule.Rule.Adjustments, NoTexts))
            .ToList();
        if (OverlapRule(profile, overlaps) is { } overlap)
        {
            applied.Add(overlap);
        }

        var totals = _candidates.Where(c => !c.IsHybrid)
            .ToDictionary(c => c.Id, c => applied.Sum(rule => rule.Adjustments.GetValueOrDefault(c.Id)), StringComparer.Ordinal);
        var choices = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var scores = new Dictionary<string, decimal>(totals, StringComparer.Ordinal);
        foreach (var hybrid in _candidates.Where(c => c.IsHybrid))
        {
            var chosen = hybrid.Parts.Select(part => Best(part, totals)).ToArray();
            choices[hybrid.Id] = chosen;
            scores[hybrid.Id] = (chosen.Sum(id => totals[id]) / chosen.Length) + applied.Sum(rule => rule.Adjustments.GetValueOrDefault(hybrid.Id));
        }

        var ranking = _candidates
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

    // Per candidate index, the hours its best region shares all year; null when the candidate is a
    // hybrid or is not located.
    public double?[] BestHours(IReadOnlyList<RegionOverlap> overlaps) =>
        _candidates.Select(candidate => candidate.IsHybrid ? null : BestRegion(candidate, overlaps)?.Hours).ToArray();

    // Per rule, whether it applies to the profile.
    public bool[] Applying(CompanyProfile profile)
    {
        var facts = new ProfileFacts(profile);
        return _compiled.Select(rule => rule.Applies(facts) == true).ToArray();
    }

    // Per candidate index, the sum of the adjustments of the applying rules.
    public decimal[] Scores(bool[] applying)
    {
        var scores = new decimal[_candidates.Length];
        for (var r = 0; r < _compiled.Length; r++)
        {
            if (applying[r])
            {
                _compiled[r].AddTo(scores);
            }
        }

        return scores;
    }

    // Scores less the adjustments of the applying rules that read field. The adjustments are short
    // decimals, so the sums are exact and the order of additions and subtractions does not matter.
    public decimal[] ScoresWithout(bool[] applying, decimal[] scores, ProfileField field)
    {
        var result = (decimal[])scores.Clone();
        for (var r = 0; r < _compiled.Length; r++)
        {
            if (applying[r] && _compiled[r].Reads(field))
            {
                _compiled[r].AddTo(result, subtract: true);
            }
        }

        return result;
    }

    // The winner of Score for a profile that differs from the one of scoresWithoutField and bestHours
    // only in the answer changedField, found with the same tie-breaks but without building the sheet.
    public Candidate Leader(CompanyProfile profile, ProfileField changedField, decimal[] scoresWithoutField, double?[] bestHours)
    {
        var facts = new ProfileFacts(profile);
        Span<decimal> scores = stackalloc decimal[_candidates.Length];
        scoresWithoutField.CopyTo(scores);
        foreach (var rule in _compiled)
        {
            if (rule.Reads(changedField) && rule.Applies(facts) == true)
            {
                rule.AddTo(scores);
            }
        }

        AddOverlap(profile, bestHours, scores);
        for (var h = 0; h < _hybrids.Length; h++)
        {
            var hybrid = _hybrids[h];
            var sum = 0m;
            foreach (var options in _partOptions[h])
            {
                var best = options[0];
                for (var o = 1; o < options.Length; o++)
                {
                    best = scores[options[o]] > scores[best] ? options[o] : best;
                }

                sum += scores[best];
            }

            // The hybrid's own adjustments are already in its slot; add the mean of its parts.
            scores[hybrid] += sum / _partOptions[h].Length;
        }

        var leader = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            leader = scores[i] > scores[leader] ? i : leader;
        }

        return _candidates[leader];
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

    private void AddOverlap(CompanyProfile profile, double?[] bestHours, Span<decimal> scores)
    {
        if (Requirement(profile) is not { } requirement)
        {
            return;
        }

        for (var i = 0; i < scores.Length; i++)
        {
            if (bestHours[i] is { } hours)
            {
                scores[i] += hours >= requirement.MinimumHours ? requirement.Meets : requirement.FallsShort;
            }
        }
    }

    private OverlapRequirement? Requirement(CompanyProfile profile) =>
        profile.OverlapNeeded is not { } need || string.IsNullOrWhiteSpace(profile.HeadquartersTimeZone)
            ? null
            : _requirements.GetValueOrDefault(need);

    // The region of the strategy that shares the most hours all year; home shares the whole business day.
    private (string Region, double Hours)? BestRegion(Candidate candidate, IReadOnlyList<RegionOverlap> overlaps)
    {
        if (!_rules.Locations.TryGetValue(candidate.Id, out var kinds))
        {
            return null;
        }

        (string Region, double Hours)? best = kinds.Contains(RegionKind.Home)
            ? ("your own country", (_rules.BusinessDayEnd - _rules.BusinessDayStart).TotalHours)
            : null;
        foreach (var region in overlaps)
        {
            if (kinds.Contains(region.Kind) && (best is null || region.YearRoundHours > best.Value.Hours))
            {
                best = (region.Region, region.YearRoundHours);
            }
        }

        return best;
    }

    // Scores every located strategy on whether its best region gives the shared hours the need requires.
    private AppliedRule? OverlapRule(CompanyProfile profile, IReadOnlyList<RegionOverlap> overlaps)
    {
        if (Requirement(profile) is not { } requirement)
        {
            return null;
        }

        var adjustments = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var candidate in _candidates.Where(c => !c.IsHybrid))
        {
            if (BestRegion(candidate, overlaps) is not { } found)
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
