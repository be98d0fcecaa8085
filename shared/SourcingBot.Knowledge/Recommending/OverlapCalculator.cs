using System.Diagnostics.CodeAnalysis;

namespace SourcingBot.Knowledge.Recommending;

/// <summary>
/// Computes shared business hours between time zones from the system's IANA time-zone data, so
/// daylight saving is taken into account for the date given.
/// </summary>
public static class OverlapCalculator
{
    /// <summary>Finds an IANA (or Windows) time zone by id.</summary>
    public static bool TryFindZone(string? id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }

    /// <summary>The area of an IANA id: its first part, e.g. "Europe" for "Europe/Berlin".</summary>
    public static string AreaOf(string zoneId)
    {
        ArgumentNullException.ThrowIfNull(zoneId);
        var slash = zoneId.IndexOf('/', StringComparison.Ordinal);
        return (slash < 0 ? zoneId : zoneId[..slash]).Trim();
    }

    /// <summary>
    /// Hours that the business day <paramref name="dayStart"/>–<paramref name="dayEnd"/> at
    /// <paramref name="firstZone"/> on <paramref name="date"/> shares with the same local business
    /// hours at <paramref name="secondZone"/> (on the day before, the same day or the day after,
    /// whichever overlaps most). Weekends are not modelled.
    /// </summary>
    /// <exception cref="ArgumentException">A zone id is unknown or the day ends before it starts.</exception>
    public static double HoursOfOverlap(
        string firstZone, string secondZone, DateOnly date, TimeOnly dayStart, TimeOnly dayEnd)
    {
        var first = FindZone(firstZone);
        var second = FindZone(secondZone);
        if (dayEnd <= dayStart)
        {
            throw new ArgumentException("The business day must end after it starts.", nameof(dayEnd));
        }

        var (start, end) = BusinessDay(first, date, dayStart, dayEnd);
        var best = TimeSpan.Zero;
        for (var offset = -1; offset <= 1; offset++)
        {
            var (otherStart, otherEnd) = BusinessDay(second, date.AddDays(offset), dayStart, dayEnd);
            var shared = Min(end, otherEnd) - Max(start, otherStart);
            best = shared > best ? shared : best;
        }

        return best.TotalHours;
    }

    /// <summary>
    /// The shared business hours between headquarters and every region that is nearshore or
    /// offshore for its area, using the regions, business day and strategy locations of
    /// <paramref name="rules"/>. Regions that are neither for this area are left out.
    /// </summary>
    /// <exception cref="ArgumentException">The headquarters zone is unknown.</exception>
    public static IReadOnlyList<RegionOverlap> ForRegions(string headquartersZone, RecommendationRules rules, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(rules);
        FindZone(headquartersZone);
        var area = AreaOf(headquartersZone);
        var result = new List<RegionOverlap>();
        foreach (var region in rules.Regions)
        {
            if (region.KindFor(area) is not { } kind)
            {
                continue;
            }

            var hours = HoursOfOverlap(headquartersZone, region.TimeZone, date, rules.BusinessDayStart, rules.BusinessDayEnd);
            var later = HoursOfOverlap(headquartersZone, region.TimeZone, date.AddMonths(6), rules.BusinessDayStart, rules.BusinessDayEnd);
            var strategies = rules.Locations.Where(pair => pair.Value.Contains(kind)).Select(pair => pair.Key).Order(StringComparer.Ordinal).ToArray();
            result.Add(new RegionOverlap(region.Name, region.TimeZone, kind, strategies, hours, Math.Min(hours, later)));
        }

        return result;
    }

    private static TimeZoneInfo FindZone(string id) =>
        TryFindZone(id, out var zone) ? zone : throw new ArgumentException($"\"{id}\" is not a known time zone.", nameof(id));

    // GetUtcOffset resolves a local time that daylight saving skips or repeats to the standard offset, without throwing.
    private static (DateTime Start, DateTime End) BusinessDay(TimeZoneInfo zone, DateOnly date, TimeOnly dayStart, TimeOnly dayEnd)
    {
        var start = date.ToDateTime(dayStart, DateTimeKind.Unspecified);
        var end = date.ToDateTime(dayEnd, DateTimeKind.Unspecified);
        return (start - zone.GetUtcOffset(start), end - zone.GetUtcOffset(end));
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
