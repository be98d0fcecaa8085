using System.Globalization;
using System.Text.RegularExpressions;
using SourcingBot.Knowledge.Assessment;

namespace SourcingBot.Conversations.Assessment.Reading;

// A place or time zone, also inside a sentence ("we're based in Berlin", "our HQ is in Austin, Texas"):
// an IANA id, a UTC/GMT offset, a city, US state or Canadian province, an abbreviation or a country,
// in that order of precedence. The answer's text is the IANA id.
internal static partial class TimeZoneReader
{
    private static readonly Lazy<PhraseFinder<Place>> Places = new(() =>
    {
        var finder = new PhraseFinder<Place>();
        foreach (var (phrase, place) in PlaceTimeZones.All)
        {
            finder.Add(phrase, place);
        }

        return finder;
    });

    public static ReadResult Read(string text)
    {
        foreach (Match candidate in IanaCandidate().Matches(text))
        {
            if (ZoneIds.Find(candidate.Value) is { } id)
            {
                return Answer($"{ZoneIds.CityName(id)} ({id})", id);
            }

            if (ZoneIds.LooksLikeId(candidate.Value))
            {
                return ReadResult.Rejected($"I don't know the time zone {candidate.Value}; which city are you in?");
            }
        }

        return Offset(text) ?? Place(text);
    }

    private static ReadResult? Offset(string text)
    {
        var match = UtcOffset().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var sign = match.Groups["sign"].Value == "+" ? 1 : -1;
        var hours = int.Parse(match.Groups["hours"].Value, CultureInfo.InvariantCulture);
        var minutes = match.Groups["minutes"].Success ? int.Parse(match.Groups["minutes"].Value, CultureInfo.InvariantCulture) : 0;
        var said = minutes == 0
            ? string.Create(CultureInfo.InvariantCulture, $"UTC{(sign > 0 ? "+" : "-")}{hours}")
            : string.Create(CultureInfo.InvariantCulture, $"UTC{(sign > 0 ? "+" : "-")}{hours:00}:{minutes:00}");
        if (hours > 14 || minutes >= 60)
        {
            return ReadResult.Rejected($"{said} isn't a real offset; offsets run from UTC-12 to UTC+14. Which city are you in?");
        }

        var offset = sign * ((hours * 60) + minutes);
        return ZoneIds.ForOffset(offset) is { } id
            ? Answer(offset == 0 ? $"UTC ({id})" : $"{said} ({id})", id)
            : ReadResult.Rejected($"I don't know a time zone at {said}; could you name your city instead?");
    }

    private static ReadResult Place(string text)
    {
        var hits = Places.Value.Find(text);
        if (hits.Count == 0)
        {
            return ReadResult.NotAnswer;
        }

        // The most precise kind named decides: "Austin, Texas" is Austin, "Berlin, Germany" is Berlin.
        var kind = hits.Min(hit => hit.Tag.Kind);
        var places = hits
            .Select(hit => hit.Tag)
            .Where(place => place.Kind == kind)
            .DistinctBy(place => place.ZoneId, StringComparer.Ordinal)
            .ToArray();
        return places.Length == 1
            ? Answer(places[0].Display, places[0].ZoneId)
            : ReadResult.Rejected($"Which one: {NumberText.OrList(places.Select(place => $"{place.Name} ({place.ZoneId})").ToArray())}?");
    }

    private static ReadResult Answer(string display, string id) =>
        ReadResult.Read(new StepAnswer { Text = id, Display = display });

    [GeneratedRegex(@"[A-Za-z]+(?:/[A-Za-z0-9_+\-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex IanaCandidate();

    [GeneratedRegex(@"(?<![A-Za-z])(?:UTC|GMT)\s*(?<sign>[+\-\u2212\u2013])\s*(?<hours>\d{1,2})(?:[:.h]?(?<minutes>\d{2}))?(?!\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UtcOffset();
}
