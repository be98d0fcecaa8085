namespace SourcingBot.Knowledge.Recommending;

/// <summary>The validated contents of the <c>recommendation:</c> sections of the knowledge files.</summary>
public sealed record RecommendationRules
{
    /// <summary>No rules: every strategy scores zero.</summary>
    public static RecommendationRules Empty { get; } = new();

    /// <summary>The scoring rules, in file order.</summary>
    public IReadOnlyList<ScoringRule> Rules { get; init; } = [];

    /// <summary>Combinations of strategies that are ranked alongside the strategies.</summary>
    public IReadOnlyList<HybridStrategy> Hybrids { get; init; } = [];

    /// <summary>Candidate delivery regions for the time-zone overlap.</summary>
    public IReadOnlyList<DeliveryRegion> Regions { get; init; } = [];

    /// <summary>Where each strategy can put the work; a strategy not listed is not scored on overlap.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<RegionKind>> Locations { get; init; } =
        new Dictionary<string, IReadOnlyList<RegionKind>>(StringComparer.Ordinal);

    /// <summary>The shared hours each overlap need requires.</summary>
    public IReadOnlyList<OverlapRequirement> OverlapRequirements { get; init; } = [];

    /// <summary>Start of the local business day in every region.</summary>
    public TimeOnly BusinessDayStart { get; init; } = new(9, 0);

    /// <summary>End of the local business day in every region.</summary>
    public TimeOnly BusinessDayEnd { get; init; } = new(17, 0);

    /// <summary>Concrete next steps per strategy or hybrid id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> NextSteps { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
}
