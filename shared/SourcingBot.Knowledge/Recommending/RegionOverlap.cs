namespace SourcingBot.Knowledge.Recommending;

/// <summary>How many business hours a delivery region shares with headquarters.</summary>
/// <param name="Region">The region's name, e.g. "India".</param>
/// <param name="TimeZone">The region's representative IANA time zone.</param>
/// <param name="Kind">Nearshore or offshore, as seen from headquarters.</param>
/// <param name="Strategies">Ids of the strategies that can put work in the region.</param>
/// <param name="Hours">Shared business hours on the date asked about.</param>
/// <param name="YearRoundHours">
/// The lower of <paramref name="Hours"/> and the shared hours six months later, i.e. in the other
/// daylight-saving season: what the team can count on all year. Scoring uses this figure.
/// </param>
public sealed record RegionOverlap(
    string Region,
    string TimeZone,
    RegionKind Kind,
    IReadOnlyList<string> Strategies,
    double Hours,
    double YearRoundHours);
