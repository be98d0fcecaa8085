using SourcingBot.Knowledge.Model;

namespace SourcingBot.Knowledge.Recommending;

/// <summary>The engine's answer for one company profile: a ranking, the choice and why.</summary>
public sealed record Recommendation
{
    /// <summary>The answers the recommendation is for.</summary>
    public required CompanyProfile Profile { get; init; }

    /// <summary>The date used for daylight saving in the time-zone overlap.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Start of the local business day the overlaps are computed for, e.g. 09:00.</summary>
    public required TimeOnly BusinessDayStart { get; init; }

    /// <summary>End of the local business day the overlaps are computed for, e.g. 17:00.</summary>
    public required TimeOnly BusinessDayEnd { get; init; }

    /// <summary>Every strategy and hybrid, best first.</summary>
    public required IReadOnlyList<StrategyScore> Ranking { get; init; }

    /// <summary>The recommended strategy (the first of <see cref="Ranking"/>).</summary>
    public required StrategyScore Recommended { get; init; }

    /// <summary>The second of <see cref="Ranking"/>.</summary>
    public required StrategyScore RunnerUp { get; init; }

    /// <summary>How sure the recommendation is, from 0 to 1: lower when the top two are close or answers are unknown.</summary>
    public required double Confidence { get; init; }

    /// <summary>Why the confidence is low; null when it is not.</summary>
    public string? ConfidenceNote { get; init; }

    /// <summary>The answers that were not given.</summary>
    public required IReadOnlyList<ProfileField> UnknownAnswers { get; init; }

    /// <summary>The strongest reasons for the recommended strategy, strongest first.</summary>
    public required IReadOnlyList<RecommendationReason> Reasons { get; init; }

    /// <summary>What counts against the recommended strategy: the trade-offs accepted with it.</summary>
    public required IReadOnlyList<RecommendationReason> TradeOffs { get; init; }

    /// <summary>The main risks of the recommended strategy, to manage from the start.</summary>
    public required IReadOnlyList<RecommendationReason> Risks { get; init; }

    /// <summary>Concrete next steps.</summary>
    public required IReadOnlyList<string> NextSteps { get; init; }

    /// <summary>Single different answers that would make another strategy lead.</summary>
    public required IReadOnlyList<Counterfactual> WhatWouldChangeIt { get; init; }

    /// <summary>Shared business hours with each candidate region (empty when the headquarters time zone is unknown).</summary>
    public required IReadOnlyList<RegionOverlap> Overlaps { get; init; }

    /// <summary>Every rule that applied, with its weight for the recommended strategy.</summary>
    public required IReadOnlyList<RecommendationReason> AppliedRules { get; init; }

    /// <summary>Every source cited by the reasons, trade-offs and risks.</summary>
    public required IReadOnlyList<Source> Sources { get; init; }

    /// <summary>Remarks about the answers, e.g. a time zone that was not recognised.</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>What changed since <paramref name="previous"/> (e.g. the same company with another budget), and why.</summary>
    public RecommendationChange CompareWith(Recommendation previous) => RecommendationComparer.Compare(previous, this);
}
