using SourcingBot.Knowledge.Model;

namespace SourcingBot.Knowledge.Recommending;

/// <summary>
/// Recommends a sourcing strategy for a company profile by applying the editable rules of the
/// knowledge content (<c>recommendation.yaml</c>). Pure and deterministic: no I/O and no clock;
/// the date for daylight saving is a parameter.
/// </summary>
public sealed class RecommendationEngine
{
    private readonly RecommendationRules _rules;
    private readonly ProfileScorer _scorer;
    private readonly ReasonBuilder _reasons;
    private readonly OverlapCache _overlaps;
    private readonly Dictionary<string, Source> _sources;
    private readonly string[] _currencies;

    /// <summary>Creates an engine over validated knowledge.</summary>
    /// <exception cref="ArgumentException">The knowledge has no strategies to rank.</exception>
    public RecommendationEngine(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        if (knowledge.Strategies.Count < 2)
        {
            throw new ArgumentException("The knowledge needs at least two strategies to rank.", nameof(knowledge));
        }

        _rules = knowledge.Recommendation;
        var candidates = knowledge.Strategies.Select(s => new Candidate(s.Id, s.Name, []))
            .Concat(_rules.Hybrids.Select(h => new Candidate(h.Id, h.Name, h.Parts)))
            .ToArray();
        _scorer = new ProfileScorer(_rules, candidates);
        _reasons = new ReasonBuilder(knowledge, _rules);
        _overlaps = new OverlapCache(_rules);
        _sources = knowledge.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _currencies = _rules.Rules.SelectMany(r => r.Conditions).SelectMany(c => c.Currencies)
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Ranks every strategy and hybrid for <paramref name="profile"/> and explains the choice.</summary>
    /// <param name="profile">The company's answers; unknown answers are null.</param>
    /// <param name="date">The date whose daylight-saving rules the time-zone overlap uses.</param>
    public Recommendation Recommend(CompanyProfile profile, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var notes = new List<string>();
        var scored = Normalise(profile, notes);
        var overlaps = scored.HeadquartersTimeZone is { } zone ? _overlaps.For(zone, date) : [];
        if (scored.HeadquartersTimeZone is { } known && overlaps.Count == 0)
        {
            notes.Add($"No delivery regions are configured for headquarters in {OverlapCalculator.AreaOf(known)}, so only work at home was judged on shared hours.");
        }

        var sheet = _scorer.Score(scored, overlaps);
        var winner = sheet.Winner;
        var unknown = AnswerText.Fields.Where(f => !AnswerText.IsKnown(scored, f)).ToArray();
        var (confidence, note) = ConfidenceCalculator.Assess(winner, sheet.RunnerUp, unknown);
        var reasons = _reasons.Reasons(sheet, winner.Id);
        var tradeOffs = ReasonBuilder.TradeOffs(sheet, winner.Id);
        var risks = _reasons.Risks(sheet, winner);
        return new Recommendation
        {
            Profile = profile,
            Date = date,
            BusinessDayStart = _rules.BusinessDayStart,
            BusinessDayEnd = _rules.BusinessDayEnd,
            Ranking = sheet.Ranking,
            Recommended = winner,
            RunnerUp = sheet.RunnerUp,
            Confidence = confidence,
            ConfidenceNote = note,
            UnknownAnswers = unknown,
            Reasons = reasons,
            TradeOffs = tradeOffs,
            Risks = risks,
            NextSteps = _reasons.NextSteps(sheet, winner.Id),
            WhatWouldChangeIt = CounterfactualFinder.Find(_scorer, scored, overlaps, winner),
            Overlaps = overlaps,
            AppliedRules = ReasonBuilder.Applied(sheet, winner.Id),
            Sources = reasons.Concat(tradeOffs).Concat(risks)
                .SelectMany(r => r.SourceIds)
                .Distinct(StringComparer.Ordinal)
                .Select(id => _sources.GetValueOrDefault(id))
                .OfType<Source>()
                .ToArray(),
            Notes = notes,
        };
    }

    // Answers the rules cannot use are treated as unknown, with a note saying so.
    private CompanyProfile Normalise(CompanyProfile profile, List<string> notes)
    {
        var result = profile;
        if (!string.IsNullOrWhiteSpace(profile.HeadquartersTimeZone))
        {
            var zone = profile.HeadquartersTimeZone.Trim();
            if (!OverlapCalculator.TryFindZone(zone, out _))
            {
                notes.Add($"The time zone \"{zone}\" was not recognised, so shared hours were not judged; use an IANA id such as Europe/Berlin.");
                zone = null;
            }
            else if (!zone.Contains('/', StringComparison.Ordinal) && TimeZoneInfo.TryConvertWindowsIdToIanaId(zone, out var iana))
            {
                zone = iana;
            }

            result = result with { HeadquartersTimeZone = zone };
        }

        if (profile.AnnualBudget is { } budget && !IsComparable(budget))
        {
            notes.Add($"The rules compare budgets in {string.Join(", ", _currencies)} only (they do not convert currencies), so a budget in \"{budget.Currency}\" was not used.");
            result = result with { AnnualBudget = null };
        }

        return result;
    }

    private bool IsComparable(Money budget) =>
        !string.IsNullOrWhiteSpace(budget.Currency)
        && (_currencies.Length == 0 || _currencies.Contains(budget.Currency.Trim(), StringComparer.OrdinalIgnoreCase));
}
