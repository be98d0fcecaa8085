using SourcingBot.Conversations.Assessment.Reading;

namespace SourcingBot.Conversations.Tests.Assessment.Reading;

public sealed class TimeZoneReaderTests
{
    [Theory]
    [InlineData("Europe/Berlin", "Europe/Berlin", "Berlin (Europe/Berlin)")]
    [InlineData("europe/berlin", "Europe/Berlin", "Berlin (Europe/Berlin)")]
    [InlineData("we're on America/New_York time", "America/New_York", "New York (America/New_York)")]
    [InlineData("our zone is america/argentina/buenos_aires.", "America/Argentina/Buenos_Aires", "Buenos Aires (America/Argentina/Buenos_Aires)")]
    public void Read_IanaId_ReadsItInAnyCase(string text, string id, string display) => Expect(text, id, display);

    [Theory]
    [InlineData("UTC+2", "Etc/GMT-2", "UTC+2 (Etc/GMT-2)")]
    [InlineData("GMT-5", "Etc/GMT+5", "UTC-5 (Etc/GMT+5)")]
    [InlineData("we are at utc +1", "Etc/GMT-1", "UTC+1 (Etc/GMT-1)")]
    [InlineData("UTC+0", "Etc/UTC", "UTC (Etc/UTC)")]
    [InlineData("UTC+14", "Etc/GMT-14", "UTC+14 (Etc/GMT-14)")]
    [InlineData("UTC-12", "Etc/GMT+12", "UTC-12 (Etc/GMT+12)")]
    public void Read_WholeHourOffset_MapsToEtcZoneWithInvertedSign(string text, string id, string display) => Expect(text, id, display);

    [Theory]
    [InlineData("UTC+05:30", "Asia/Kolkata", "UTC+05:30 (Asia/Kolkata)")]
    [InlineData("GMT+5:30", "Asia/Kolkata", "UTC+05:30 (Asia/Kolkata)")]
    [InlineData("UTC+0545", "Asia/Kathmandu", "UTC+05:45 (Asia/Kathmandu)")]
    [InlineData("UTC-03:30", "America/St_Johns", "UTC-03:30 (America/St_Johns)")]
    [InlineData("UTC+9:30", "Australia/Darwin", "UTC+09:30 (Australia/Darwin)")]
    public void Read_PartHourOffset_MapsToRealZone(string text, string id, string display) => Expect(text, id, display);

    [Theory]
    [InlineData("UTC+15", "UTC+15 isn't a real offset")]
    [InlineData("UTC+02:30", "I don't know a time zone at UTC+02:30")]
    [InlineData("Europe/Berlinn", "I don't know the time zone Europe/Berlinn")]
    [InlineData("Etc/GMT+13", "I don't know the time zone Etc/GMT+13")]
    public void Read_UnknownOffsetOrId_IsProblem(string text, string problem) =>
        TimeZoneReader.Read(text).Problem.Should().StartWith(problem);

    [Theory]
    [InlineData("CET", "Europe/Berlin", "CET (Europe/Berlin)")]
    [InlineData("cest", "Europe/Berlin", "CEST (Europe/Berlin)")]
    [InlineData("EST", "America/New_York", "EST (America/New_York)")]
    [InlineData("we work ET hours", "America/New_York", "ET (America/New_York)")]
    [InlineData("EDT", "America/New_York", "EDT (America/New_York)")]
    [InlineData("CT", "America/Chicago", "CT (America/Chicago)")]
    [InlineData("PST", "America/Los_Angeles", "PST (America/Los_Angeles)")]
    [InlineData("CST", "America/Chicago", "CST (America/Chicago)")]
    [InlineData("MST", "America/Denver", "MST (America/Denver)")]
    [InlineData("PT", "America/Los_Angeles", "PT (America/Los_Angeles)")]
    [InlineData("pacific time", "America/Los_Angeles", "PST (America/Los_Angeles)")]
    [InlineData("GMT", "Europe/London", "GMT (Europe/London)")]
    [InlineData("BST", "Europe/London", "BST (Europe/London)")]
    [InlineData("IST", "Asia/Kolkata", "IST (Asia/Kolkata)")]
    [InlineData("AEST", "Australia/Sydney", "AEST (Australia/Sydney)")]
    [InlineData("JST", "Asia/Tokyo", "JST (Asia/Tokyo)")]
    [InlineData("SGT", "Asia/Singapore", "SGT (Asia/Singapore)")]
    [InlineData("UTC", "Etc/UTC", "UTC (Etc/UTC)")]
    public void Read_Abbreviation_MapsToZone(string text, string id, string display) => Expect(text, id, display);

    [Theory]
    [InlineData("Berlin", "Europe/Berlin", "Berlin (Europe/Berlin)")]
    [InlineData("we're based in Berlin", "Europe/Berlin", "Berlin (Europe/Berlin)")]
    [InlineData("our HQ is in Austin, Texas", "America/Chicago", "Austin (America/Chicago)")]
    [InlineData("New York", "America/New_York", "New York (America/New_York)")]
    [InlineData("NYC", "America/New_York", "New York (America/New_York)")]
    [InlineData("sao paulo", "America/Sao_Paulo", "São Paulo (America/Sao_Paulo)")]
    [InlineData("São Paulo", "America/Sao_Paulo", "São Paulo (America/Sao_Paulo)")]
    [InlineData("Zurich", "Europe/Zurich", "Zurich (Europe/Zurich)")]
    [InlineData("Wroclaw, Poland", "Europe/Warsaw", "Wrocław (Europe/Warsaw)")]
    [InlineData("bangalore", "Asia/Kolkata", "Bengaluru (Asia/Kolkata)")]
    [InlineData("we're actually in Chicago", "America/Chicago", "Chicago (America/Chicago)")]
    [InlineData("Mexico City", "America/Mexico_City", "Mexico City (America/Mexico_City)")]
    [InlineData("Berlin, Germany", "Europe/Berlin", "Berlin (Europe/Berlin)")]
    public void Read_City_MapsToZone(string text, string id, string display) => Expect(text, id, display);

    [Theory]
    [InlineData("Germany", "Europe/Berlin", "Germany (Europe/Berlin)")]
    [InlineData("we're a UK company", "Europe/London", "United Kingdom (Europe/London)")]
    [InlineData("the Netherlands", "Europe/Amsterdam", "Netherlands (Europe/Amsterdam)")]
    [InlineData("India", "Asia/Kolkata", "India (Asia/Kolkata)")]
    [InlineData("Philippines", "Asia/Manila", "Philippines (Asia/Manila)")]
    public void Read_SingleZoneCountry_MapsToZone(string text, string id, string display) => Expect(text, id, display);

    [Theory]
    [InlineData("United States", "America/New_York", "United States (America/New_York; name a city for another zone)")]
    [InlineData("we're in the US", "America/New_York", "United States (America/New_York; name a city for another zone)")]
    [InlineData("U.S.A.", "America/New_York", "United States (America/New_York; name a city for another zone)")]
    [InlineData("Canada", "America/Toronto", "Canada (America/Toronto; name a city for another zone)")]
    [InlineData("Australia", "Australia/Sydney", "Australia (Australia/Sydney; name a city for another zone)")]
    [InlineData("Brazil", "America/Sao_Paulo", "Brazil (America/Sao_Paulo; name a city for another zone)")]
    public void Read_MultiZoneCountry_MapsToMainZoneAndSaysSo(string text, string id, string display) => Expect(text, id, display);

    [Theory]
    [InlineData("Texas", "America/Chicago")]
    [InlineData("California", "America/Los_Angeles")]
    [InlineData("Washington State", "America/Los_Angeles")]
    [InlineData("Washington DC", "America/New_York")]
    [InlineData("British Columbia", "America/Vancouver")]
    [InlineData("New South Wales", "Australia/Sydney")]
    [InlineData("New England", "America/New_York")]
    [InlineData("New Mexico", "America/Denver")]
    public void Read_Region_MapsToZone(string text, string id) => TimeZoneReader.Read(text).Answer!.Text.Should().Be(id);

    [Fact]
    public void Read_TwoCitiesInDifferentZones_AsksWhichOne() =>
        TimeZoneReader.Read("London and Bangalore").Problem
            .Should().Be("Which one: London (Europe/London) or Bengaluru (Asia/Kolkata)?");

    [Theory]
    [InlineData("somewhere nice")]
    [InlineData("tell us more")]
    [InlineData("24/7")]
    [InlineData("")]
    public void Read_NoPlace_IsNotAnswer(string text) => TimeZoneReader.Read(text).Should().Be(ReadResult.NotAnswer);

    private static void Expect(string text, string id, string display)
    {
        var result = TimeZoneReader.Read(text);

        result.Answer!.Text.Should().Be(id);
        result.Answer.Display.Should().Be(display);
    }
}
