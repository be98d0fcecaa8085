using SourcingBot.Knowledge.Recommending;

namespace SourcingBot.Knowledge.Tests.Recommending;

public sealed class RecommendationSummaryTests
{
    [Fact]
    public void ToMarkdown_Recommendation_RendersAnswersResultAndNumberedSources()
    {
        var recommendation = EmbeddedRecommender.Recommend(RecommendationProfiles.Named("startup-6-support-offshore").Profile);

        var markdown = RecommendationSummary.ToMarkdown(recommendation);

        markdown.Should().StartWith("# Sourcing recommendation\n\n**Recommended: Offshore outsourcing**");
        markdown.Should().Contain("| Goals | reduce costs |").And.Contain("| Annual budget | unknown |");
        markdown.Should().Contain("## Why\n\n1. ").And.Contain("## Next steps").And.Contain("## What would change it");
        markdown.Should().Contain("| India | offshore | 0 h | 0 h |");
        markdown.Should().Contain("(09:00–17:00 local, on 2025-07-15)");
        foreach (var (source, number) in recommendation.Sources.Select((s, i) => (s, i + 1)))
        {
            markdown.Should().Contain($"- [{number}] {source.Publisher} ({source.Year}).");
        }
    }

    [Fact]
    public void ToMarkdown_HybridAndLowConfidence_ShowsPartsAndTheNote()
    {
        var recommendation = EmbeddedRecommender.Recommend(RecommendationProfiles.Named("mostly-unknown-support").Profile);
        var hybrid = EmbeddedRecommender.Recommend(RecommendationProfiles.Named("multinational-captive-with-overflow").Profile);

        RecommendationSummary.ToMarkdown(recommendation).Should().Contain("> Confidence is low:");
        RecommendationSummary.ToMarkdown(hybrid).Should().Contain("**Recommended: Captive core + outsourced overflow (Captive offshore centre + ");
    }
}
