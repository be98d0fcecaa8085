using SourcingBot.Knowledge.Loading;
using SourcingBot.Knowledge.Model;
using SourcingBot.Knowledge.Recommending;

namespace SourcingBot.Knowledge.Tests.Recommending;

/// <summary>The built-in content and an engine over it, loaded once for all recommendation tests.</summary>
internal static class EmbeddedRecommender
{
    public static readonly DateOnly Summer = new(2025, 7, 15);
    public static readonly DateOnly Winter = new(2025, 1, 15);

    private static readonly Lazy<KnowledgeBase> Instance = new(() =>
    {
        var result = KnowledgeLoader.LoadEmbedded();
        result.Problems.Should().BeEmpty();
        return result.Knowledge!;
    });

    private static readonly Lazy<RecommendationEngine> EngineInstance = new(() => new RecommendationEngine(Knowledge));

    public static KnowledgeBase Knowledge => Instance.Value;

    public static RecommendationEngine Engine => EngineInstance.Value;

    public static Recommendation Recommend(CompanyProfile profile) => Engine.Recommend(profile, Summer);
}
