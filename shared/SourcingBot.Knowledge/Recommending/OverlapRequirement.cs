namespace SourcingBot.Knowledge.Recommending;

/// <summary>
/// The shared working hours an <see cref="OverlapNeed"/> requires, and how strategies score when
/// their best region meets it or falls short.
/// </summary>
public sealed record OverlapRequirement
{
    /// <summary>Id used for the reason, e.g. "overlap-daily-real-time".</summary>
    public required string Id { get; init; }

    /// <summary>The need this applies to.</summary>
    public required OverlapNeed Need { get; init; }

    /// <summary>The fewest shared business hours a day that meet the need.</summary>
    public required double MinimumHours { get; init; }

    /// <summary>Score adjustment when the strategy's best region meets the need.</summary>
    public required decimal Meets { get; init; }

    /// <summary>Score adjustment when no region of the strategy meets the need.</summary>
    public required decimal FallsShort { get; init; }

    /// <summary>Why the overlap matters.</summary>
    public required string Because { get; init; }

    /// <summary>Knowledge entries that explain it.</summary>
    public IReadOnlyList<string> EntryIds { get; init; } = [];

    /// <summary>Sources that ground it.</summary>
    public required IReadOnlyList<string> SourceIds { get; init; }
}
