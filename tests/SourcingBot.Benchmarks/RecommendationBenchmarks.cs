using BenchmarkDotNet.Attributes;
using SourcingBot.Knowledge.Loading;
using SourcingBot.Knowledge.Recommending;

namespace SourcingBot.Benchmarks;

/// <summary>Computing a recommendation (ranking, reasons, overlaps and "what would change it") for a full profile.</summary>
[MemoryDiagnoser]
public class RecommendationBenchmarks
{
    private static readonly DateOnly Date = new(2026, 11, 30);

    private readonly CompanyProfile _profile = new()
    {
        Goals = new HashSet<SourcingGoal> { SourcingGoal.ReduceCosts, SourcingGoal.AccessTalent },
        Function = BusinessFunction.CustomerSupport,
        Coreness = Coreness.SupportFunction,
        RequirementsSpecified = true,
        TeamSize = 40,
        CompanySize = 250,
        AnnualBudget = new Money(250_000m, "USD"),
        StartWithinMonths = 3,
        HeadquartersTimeZone = "Europe/Berlin",
        OverlapNeeded = OverlapNeed.Asynchronous,
        DataSensitivity = DataSensitivity.PersonalData | DataSensitivity.Gdpr,
        PresenceAbroad = false,
        WantsOwnership = false,
    };

    private RecommendationEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        var knowledge = KnowledgeLoader.LoadEmbedded().Knowledge!;
        _engine = new RecommendationEngine(knowledge);
        _rules = knowledge.Recommendation;
    }

    private RecommendationRules _rules = null!;

    [Benchmark]
    public Recommendation Recommend() => _engine.Recommend(_profile, Date);

    [Benchmark]
    public Recommendation RecommendWithoutHeadquarters() => _engine.Recommend(_profile with { HeadquartersTimeZone = null }, Date);

    [Benchmark]
    public IReadOnlyList<RegionOverlap> Overlaps() => OverlapCalculator.ForRegions("Europe/Berlin", _rules, Date);
}
