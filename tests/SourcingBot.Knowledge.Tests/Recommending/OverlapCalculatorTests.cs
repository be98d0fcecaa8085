using SourcingBot.Knowledge.Recommending;

namespace SourcingBot.Knowledge.Tests.Recommending;

// Expected hours are worked out from the UTC offsets, 09:00–17:00 local on both sides:
// summer (15 July 2025): Berlin UTC+2 → 07–15 UTC, New York UTC−4 → 13–21, India UTC+5:30 → 03:30–11:30, Manila UTC+8 → 01–09;
// winter (15 January 2025): Berlin UTC+1 → 08–16 UTC, New York UTC−5 → 14–22; India and Manila keep their offsets.
public sealed class OverlapCalculatorTests
{
    private static readonly TimeOnly Nine = new(9, 0);
    private static readonly TimeOnly Five = new(17, 0);

    [Theory]
    [InlineData("Europe/Berlin", "America/New_York", 2.0, 2.0)]   // both observe DST, so the gap stays 6 h
    [InlineData("Europe/Berlin", "Asia/Kolkata", 4.5, 3.5)]       // Berlin's summer time moves it an hour closer
    [InlineData("Europe/Berlin", "Asia/Manila", 2.0, 1.0)]
    [InlineData("America/New_York", "Asia/Kolkata", 0.0, 0.0)]    // 9.5–10.5 h apart: no shared business hours
    [InlineData("America/New_York", "Asia/Manila", 0.0, 0.0)]
    [InlineData("Asia/Kolkata", "Asia/Manila", 5.5, 5.5)]         // neither observes DST
    [InlineData("America/New_York", "America/Mexico_City", 6.0, 7.0)] // Mexico City dropped DST in 2022
    [InlineData("Australia/Sydney", "Asia/Manila", 6.0, 5.0)]     // southern summer time is in January
    public void HoursOfOverlap_SummerAndWinter_FollowsDaylightSaving(string first, string second, double summer, double winter)
    {
        OverlapCalculator.HoursOfOverlap(first, second, EmbeddedRecommender.Summer, Nine, Five).Should().Be(summer);
        OverlapCalculator.HoursOfOverlap(first, second, EmbeddedRecommender.Winter, Nine, Five).Should().Be(winter);
    }

    [Fact]
    public void HoursOfOverlap_EitherDirection_IsTheSame()
    {
        OverlapCalculator.HoursOfOverlap("Asia/Manila", "Europe/Berlin", EmbeddedRecommender.Summer, Nine, Five)
            .Should().Be(OverlapCalculator.HoursOfOverlap("Europe/Berlin", "Asia/Manila", EmbeddedRecommender.Summer, Nine, Five));
    }

    [Fact]
    public void HoursOfOverlap_WeeksWhenOnlyTheUsIsOnSummerTime_GainsAnHour()
    {
        // 20 March 2025: New York is on EDT (since 9 March), Berlin still on CET (until 30 March): 08–16 vs 13–21 UTC.
        OverlapCalculator.HoursOfOverlap("Europe/Berlin", "America/New_York", new DateOnly(2025, 3, 20), Nine, Five).Should().Be(3.0);
    }

    [Fact]
    public void HoursOfOverlap_UnknownZone_Throws()
    {
        var act = () => OverlapCalculator.HoursOfOverlap("Europe/Atlantis", "Asia/Kolkata", EmbeddedRecommender.Summer, Nine, Five);

        act.Should().Throw<ArgumentException>().WithMessage("*Europe/Atlantis*");
    }

    [Fact]
    public void ForRegions_BerlinInSummer_ReportsNearshoreAndOffshoreRegionsWithTheirYearRoundHours()
    {
        var overlaps = OverlapCalculator.ForRegions("Europe/Berlin", EmbeddedRecommender.Knowledge.Recommendation, EmbeddedRecommender.Summer);

        overlaps.Select(o => o.Region).Should().Contain(["Poland", "Romania", "Portugal", "India", "Philippines", "Vietnam"])
            .And.NotContain(["Mexico", "Colombia"]);
        var poland = overlaps.Single(o => o.Region == "Poland");
        poland.Kind.Should().Be(RegionKind.Nearshore);
        poland.Hours.Should().Be(8.0);
        poland.Strategies.Should().Contain("nearshore-outsourcing").And.NotContain("offshore-outsourcing");
        var india = overlaps.Single(o => o.Region == "India");
        india.Kind.Should().Be(RegionKind.Offshore);
        india.Hours.Should().Be(4.5);
        india.YearRoundHours.Should().Be(3.5, "six months later Berlin is back on CET");
        india.Strategies.Should().Contain(["offshore-outsourcing", "captive-centre"]);
    }

    [Fact]
    public void AreaOf_IanaId_IsItsFirstPart()
    {
        OverlapCalculator.AreaOf("America/Argentina/Buenos_Aires").Should().Be("America");
    }
}
