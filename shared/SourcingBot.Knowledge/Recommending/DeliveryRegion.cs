namespace SourcingBot.Knowledge.Recommending;

/// <summary>A country where work can be delivered, with a representative time zone.</summary>
public sealed record DeliveryRegion
{
    /// <summary>Display name, e.g. "Poland".</summary>
    public required string Name { get; init; }

    /// <summary>The representative IANA time-zone id, e.g. "Europe/Warsaw".</summary>
    public required string TimeZone { get; init; }

    /// <summary>Headquarters areas (first part of the IANA id, e.g. "Europe") for which the region is nearshore.</summary>
    public IReadOnlyList<string> NearshoreFor { get; init; } = [];

    /// <summary>Headquarters areas for which the region is offshore.</summary>
    public IReadOnlyList<string> OffshoreFor { get; init; } = [];

    /// <summary>How the region relates to headquarters in <paramref name="area"/>, or null when it is not a candidate.</summary>
    public RegionKind? KindFor(string area) =>
        NearshoreFor.Contains(area, StringComparer.OrdinalIgnoreCase) ? RegionKind.Nearshore
        : OffshoreFor.Contains(area, StringComparer.OrdinalIgnoreCase) ? RegionKind.Offshore
        : null;
}
