using SourcingBot.Knowledge.Recommending;

namespace SourcingBot.Knowledge.Tests.Recommending;

public sealed class RecommendationEngineTests
{
    private static readonly string[] StrategyIds =
    [
        "in-house", "domestic-outsourcing", "nearshore-outsourcing", "offshore-outsourcing", "captive-centre",
        "build-operate-transfer", "staff-augmentation", "hybrid-captive-plus-outsourced", "hybrid-inhouse-core-plus-outsourced-support",
    ];

    public static TheoryData<string> ProfileNames => new(RecommendationProfiles.All.Select(c => c.Name));

    [Fact]
    public void Profiles_TableOfCases_CoversEveryStrategyAndHybrid()
    {
        RecommendationProfiles.All.Should().HaveCountGreaterThanOrEqualTo(25);
        RecommendationProfiles.All.Select(c => c.Expected).Distinct().Should().BeEquivalentTo(StrategyIds);
    }

    [Theory]
    [MemberData(nameof(ProfileNames))]
    public void Recommend_RealisticProfile_LeadsWithTheStrategyTheSourcesPointTo(string name)
    {
        var profile = RecommendationProfiles.Named(name);

        var recommendation = EmbeddedRecommender.Recommend(profile.Profile);

        var ranking = string.Join(", ", recommendation.Ranking.Select(s => $"{s.Id} {s.Score}"));
        recommendation.Recommended.Id.Should().Be(profile.Expected, $"{profile.Rationale} (ranking: {ranking})");
        recommendation.AppliedRules.SelectMany(r => r.SourceIds)
            .Should().Contain(profile.SourceId, "the rationale's source must ground a rule that decided the case");
        EmbeddedRecommender.Engine.Recommend(profile.Profile, EmbeddedRecommender.Winter).Recommended.Id
            .Should().Be(profile.Expected, "the choice must hold in both daylight-saving seasons");
    }

    [Theory]
    [MemberData(nameof(ProfileNames))]
    public void Recommend_AnyProfile_GroundsEveryReasonInExistingSourcesAndEntries(string name)
    {
        var recommendation = EmbeddedRecommender.Recommend(RecommendationProfiles.Named(name).Profile);

        var knowledge = EmbeddedRecommender.Knowledge;
        var sourceIds = knowledge.Sources.Select(s => s.Id).ToHashSet();
        var grounded = recommendation.Reasons.Concat(recommendation.TradeOffs).Concat(recommendation.Risks).Concat(recommendation.AppliedRules).ToArray();
        grounded.Should().OnlyContain(r => r.SourceIds.Count > 0 && r.SourceIds.All(sourceIds.Contains));
        grounded.SelectMany(r => r.EntryIds).Should().OnlyContain(id => knowledge.FindEntry(id) != null);
        recommendation.Reasons.Concat(recommendation.TradeOffs).Concat(recommendation.Risks).SelectMany(r => r.SourceIds)
            .Should().BeSubsetOf(recommendation.Sources.Select(s => s.Id));
        recommendation.Reasons.Should().NotBeEmpty();
        recommendation.NextSteps.Should().NotBeEmpty();
    }

    [Fact]
    public void Recommend_AnyProfile_RanksEveryStrategyAndHybridWithDisplayNames()
    {
        var recommendation = EmbeddedRecommender.Recommend(RecommendationProfiles.Named("startup-6-support-offshore").Profile);

        recommendation.Ranking.Select(s => s.Id).Should().BeEquivalentTo(StrategyIds);
        recommendation.Ranking.Should().BeInDescendingOrder(s => s.Score).And.OnlyContain(s => s.Name.Length > 0);
        recommendation.Ranking.Select(s => s.Rank).Should().Equal(Enumerable.Range(1, StrategyIds.Length));
        recommendation.Ranking.Single(s => s.Id == "hybrid-captive-plus-outsourced").Should().Match<StrategyScore>(s =>
            s.Name == "Captive core + outsourced overflow" && s.Parts.Count == 2 && s.Parts[0] == "captive-centre");
        recommendation.RunnerUp.Should().Be(recommendation.Ranking[1]);
    }

    [Fact]
    public void Recommend_AsynchronousReportingTeam_SaysRealTimeCollaborationWouldMakeNearshoreLead()
    {
        var retailer = RecommendationProfiles.Named("eu-retailer-reporting-offshore").Profile;

        var recommendation = EmbeddedRecommender.Recommend(retailer);

        var change = recommendation.WhatWouldChangeIt.Should().ContainSingle(c => c.Field == ProfileField.OverlapNeeded).Which;
        change.StrategyId.Should().Be("nearshore-outsourcing");
        change.Answer.Should().Be("daily real-time collaboration");
        change.Text.Should().Be("If you needed daily real-time collaboration, nearshore outsourcing would lead instead of offshore outsourcing.");
        EmbeddedRecommender.Recommend(retailer with { OverlapNeeded = OverlapNeed.DailyRealTime }).Recommended.Id.Should().Be("nearshore-outsourcing");
    }

    [Fact]
    public void Recommend_OverwhelmingCase_ReportsNoCounterfactual()
    {
        var recommendation = EmbeddedRecommender.Recommend(RecommendationProfiles.Named("small-firm-core-in-house").Profile);

        recommendation.WhatWouldChangeIt.Should().BeEmpty("no single different answer makes another strategy lead");
    }

    [Fact]
    public void Recommend_EveryCounterfactual_NamesAnotherStrategy()
    {
        foreach (var profile in RecommendationProfiles.All)
        {
            var recommendation = EmbeddedRecommender.Recommend(profile.Profile);

            recommendation.WhatWouldChangeIt.Where(c => c.StrategyId == recommendation.Recommended.Id || !c.Text.StartsWith("If ", StringComparison.Ordinal))
                .Should().BeEmpty();
        }
    }

    [Fact]
    public void Recommend_SameInput_GivesTheSameOutput()
    {
        var profile = RecommendationProfiles.Named("multinational-captive-with-overflow").Profile;

        var first = EmbeddedRecommender.Recommend(profile);
        var second = new RecommendationEngine(EmbeddedRecommender.Knowledge).Recommend(profile, EmbeddedRecommender.Summer);

        second.Should().BeEquivalentTo(first, options => options.WithStrictOrdering());
        RecommendationSummary.ToMarkdown(second).Should().Be(RecommendationSummary.ToMarkdown(first));
    }

    [Fact]
    public void Recommend_UnknownAnswers_LowerTheConfidenceAndSayWhy()
    {
        var full = RecommendationProfiles.Named("startup-6-support-offshore").Profile;
        var partial = full with { TeamSize = null, CompanySize = null, StartWithinMonths = null, WantsOwnership = null, PresenceAbroad = null };

        var sure = EmbeddedRecommender.Recommend(full);
        var unsure = EmbeddedRecommender.Recommend(partial);
        var guess = EmbeddedRecommender.Recommend(RecommendationProfiles.Named("mostly-unknown-support").Profile);

        unsure.Confidence.Should().BeLessThan(sure.Confidence);
        unsure.UnknownAnswers.Should().Contain([ProfileField.TeamSize, ProfileField.CompanySize, ProfileField.StartWithin]);
        guess.Confidence.Should().BeLessThan(0.5);
        guess.ConfidenceNote.Should().Contain("11 of 13 answers are unknown");
        sure.ConfidenceNote.Should().BeNull();
    }

    [Fact]
    public void Recommend_TopTwoClose_ExplainsTheLowConfidence()
    {
        var recommendation = EmbeddedRecommender.Recommend(RecommendationProfiles.Named("australian-support-nearshore").Profile);

        recommendation.Confidence.Should().BeLessThan(0.6);
        recommendation.ConfidenceNote.Should().Contain("Nearshore outsourcing leads Offshore outsourcing by only 0.5 points");
    }

    [Fact]
    public void Recommend_OneEngineForSeveralDatesAndHeadquarters_ReportsTheOverlapsOfEach()
    {
        var newYork = RecommendationProfiles.Named("us-software-real-time-nearshore").Profile;
        var berlin = newYork with { HeadquartersTimeZone = "Europe/Berlin" };
        var engine = new RecommendationEngine(EmbeddedRecommender.Knowledge);
        var rules = EmbeddedRecommender.Knowledge.Recommendation;

        foreach (var (profile, date) in new[] { (newYork, EmbeddedRecommender.Summer), (newYork, EmbeddedRecommender.Winter), (berlin, EmbeddedRecommender.Summer), (newYork, EmbeddedRecommender.Summer) })
        {
            engine.Recommend(profile, date).Overlaps.Should().BeEquivalentTo(
                OverlapCalculator.ForRegions(profile.HeadquartersTimeZone!, rules, date), options => options.WithStrictOrdering());
        }
    }

    [Fact]
    public void Recommend_RealTimeNeedFromNewYork_ReportsOverlapPerRegionAndCountsItAgainstOffshore()
    {
        var recommendation = EmbeddedRecommender.Recommend(RecommendationProfiles.Named("us-software-real-time-nearshore").Profile);

        recommendation.Overlaps.Select(o => o.Region).Should().BeEquivalentTo("Mexico", "Colombia", "Costa Rica", "Philippines", "Vietnam", "India");
        recommendation.Overlaps.Single(o => o.Region == "Mexico").Hours.Should().Be(6.0);
        recommendation.Overlaps.Where(o => o.Kind == RegionKind.Offshore).Should().OnlyContain(o => o.Hours == 0);
        var overlap = recommendation.AppliedRules.Single(r => r.RuleId == "overlap-daily-real-time");
        overlap.Fields.Should().Equal(ProfileField.HeadquartersTimeZone, ProfileField.OverlapNeeded);
        overlap.Text.Should().Contain("Colombia shares 7 h");
        recommendation.Ranking.Single(s => s.Id == "offshore-outsourcing").Score.Should().BeLessThan(0);
    }

    [Fact]
    public void Recommend_UnrecognisedTimeZoneOrCurrency_IsTreatedAsUnknownWithANote()
    {
        var profile = RecommendationProfiles.Named("startup-6-support-offshore").Profile with
        {
            HeadquartersTimeZone = "Mars/Olympus_Mons",
            AnnualBudget = new Money(50_000_000m, "JPY"),
        };

        var recommendation = EmbeddedRecommender.Recommend(profile);

        recommendation.Overlaps.Should().BeEmpty();
        recommendation.UnknownAnswers.Should().Contain([ProfileField.HeadquartersTimeZone, ProfileField.AnnualBudget]);
        recommendation.Notes.Should().HaveCount(2).And.Contain(n => n.Contains("Mars/Olympus_Mons", StringComparison.Ordinal))
            .And.Contain(n => n.Contains("JPY", StringComparison.Ordinal));
    }

    [Fact]
    public void CompareWith_NoPresenceAbroad_NamesTheChangedAnswerAndTheNewWinner()
    {
        var present = EmbeddedRecommender.Recommend(RecommendationProfiles.Named("bank-2000-present-abroad-captive").Profile);
        var absent = EmbeddedRecommender.Recommend(present.Profile with { PresenceAbroad = false });

        var change = absent.CompareWith(present);

        change.ChangedAnswers.Should().ContainSingle().Which.Should().Be(new AnswerChange(ProfileField.PresenceAbroad, "Presence abroad", "yes", "no"));
        change.WinnerChanged.Should().BeTrue();
        change.PreviousWinner.Id.Should().Be("captive-centre");
        change.NewWinner.Id.Should().Be("build-operate-transfer");
        change.NowApplying.Select(r => r.RuleId).Should().Contain(["no-presence-abroad", "ownership-without-local-set-up"]);
        change.NoLongerApplying.Select(r => r.RuleId).Should().Contain("presence-abroad-shortens-the-learning-curve");
        change.Summary.Should().StartWith("With presence abroad changed from yes to no, build-operate-transfer now leads instead of captive offshore centre.");
    }

    [Fact]
    public void CompareWith_SmallerBudget_ExplainsTheRuleThatNowApplies()
    {
        var large = EmbeddedRecommender.Recommend(RecommendationProfiles.Named("us-tech-5000-gcc-captive").Profile);
        var small = EmbeddedRecommender.Recommend(large.Profile with { AnnualBudget = new Money(100_000m, "USD") });

        var change = small.CompareWith(large);

        change.ChangedAnswers.Should().ContainSingle().Which.After.Should().Be("USD 100,000");
        change.NowApplying.Should().ContainSingle().Which.RuleId.Should().Be("small-budget");
        change.NoLongerApplying.Should().ContainSingle().Which.RuleId.Should().Be("large-budget");
        change.ScoreChanges.Should().Contain(c => c.Id == "captive-centre" && c.After == c.Before - 3);
        change.Summary.Should().StartWith("With annual budget changed from USD 15,000,000 to USD 100,000, captive offshore centre still leads.");
    }
}
