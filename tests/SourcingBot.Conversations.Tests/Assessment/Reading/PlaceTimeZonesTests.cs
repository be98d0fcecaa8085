using SourcingBot.Conversations.Assessment.Reading;

namespace SourcingBot.Conversations.Tests.Assessment.Reading;

public sealed class PlaceTimeZonesTests
{
    [Fact]
    public void All_EveryZone_IsKnownToTheSystem() =>
        PlaceTimeZones.All.Select(entry => entry.Place.ZoneId).Distinct()
            .Where(id => !TimeZoneInfo.TryFindSystemTimeZoneById(id, out _))
            .Should().BeEmpty();

    [Theory]
    [InlineData("City", 150)]
    [InlineData("Country", 80)]
    [InlineData("Region", 60)]
    [InlineData("Abbreviation", 30)]
    public void All_EachKind_HasEnoughPlaces(string kind, int minimum) =>
        PlaceTimeZones.All.Select(entry => entry.Place).Where(place => place.Kind.ToString() == kind).Distinct().Count()
            .Should().BeGreaterThanOrEqualTo(minimum);

    [Fact]
    public void All_SamePhrase_NeverNamesTwoZonesOfOneKind() =>
        PlaceTimeZones.All
            .GroupBy(entry => (string.Join(' ', Words.Of(entry.Phrase)), entry.Place.Kind))
            .Where(group => group.Select(entry => entry.Place.ZoneId).Distinct().Count() > 1)
            .Select(group => group.Key)
            .Should().BeEmpty();
}
