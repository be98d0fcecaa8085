using System.Globalization;

namespace SourcingBot.Conversations.Assessment.Reading;

// IANA time-zone ids as this machine knows them, found whatever their case ("europe/berlin"),
// and the zone for a UTC offset.
internal static class ZoneIds
{
    // Offsets that are not whole hours, each with the zone that uses it all year or in winter.
    private static readonly Dictionary<int, string> PartHourZones = new()
    {
        [(3 * 60) + 30] = "Asia/Tehran",
        [(4 * 60) + 30] = "Asia/Kabul",
        [(5 * 60) + 30] = "Asia/Kolkata",
        [(5 * 60) + 45] = "Asia/Kathmandu",
        [(6 * 60) + 30] = "Asia/Yangon",
        [(8 * 60) + 45] = "Australia/Eucla",
        [(9 * 60) + 30] = "Australia/Darwin",
        [(10 * 60) + 30] = "Australia/Lord_Howe",
        [(12 * 60) + 45] = "Pacific/Chatham",
        [-((3 * 60) + 30)] = "America/St_Johns",
        [-((9 * 60) + 30)] = "Pacific/Marquesas",
    };

    private static readonly HashSet<string> Areas = new(
        ["Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific", "Etc"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<Dictionary<string, string>> Known = new(() =>
        TimeZoneInfo.GetSystemTimeZones()
            .Select(zone => zone.Id)
            .Where(id => id.Contains('/', StringComparison.Ordinal))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToDictionary(id => id, id => id, StringComparer.OrdinalIgnoreCase));

    // The id as the system spells it, or null when it is not an IANA id of a known zone.
    public static string? Find(string candidate)
    {
        if (!candidate.Contains('/', StringComparison.Ordinal))
        {
            return null;
        }

        if (Known.Value.TryGetValue(candidate, out var id))
        {
            return id;
        }

        // Links such as "Asia/Calcutta" are not listed but resolve; files are found by their exact case.
        foreach (var spelling in new[] { candidate, TitleCase(candidate) })
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(spelling, out var zone) && zone.Id.Contains('/', StringComparison.Ordinal))
            {
                return zone.Id;
            }
        }

        return null;
    }

    // Whether the text is shaped like an IANA id ("Europe/Berlinn"), known or not.
    public static bool LooksLikeId(string candidate) =>
        Areas.Contains(candidate[..Math.Max(0, candidate.IndexOf('/', StringComparison.Ordinal))]);

    // The zone for an offset east of UTC in minutes: Etc/GMT-N for whole hours (the sign is
    // inverted in those ids), a real zone for the few part-hour offsets; null for none.
    public static string? ForOffset(int minutes)
    {
        if (minutes == 0)
        {
            return "Etc/UTC";
        }

        if (minutes % 60 != 0)
        {
            return PartHourZones.GetValueOrDefault(minutes);
        }

        var hours = minutes / 60;
        return hours is >= -12 and <= 14
            ? Find(string.Create(CultureInfo.InvariantCulture, $"Etc/GMT{(hours > 0 ? "-" : "+")}{Math.Abs(hours)}"))
            : null;
    }

    // "America/New_York" → "New York".
    public static string CityName(string id) => id[(id.LastIndexOf('/') + 1)..].Replace('_', ' ');

    private static string TitleCase(string id)
    {
        var chars = id.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is '/' or '_' or '-')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }
}
