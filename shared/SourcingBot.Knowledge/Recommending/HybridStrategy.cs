namespace SourcingBot.Knowledge.Recommending;

/// <summary>
/// A combination of strategies, e.g. "captive core + outsourced overflow". It scores the mean of
/// its parts (each part takes its best-scoring strategy) plus what rules give the hybrid itself.
/// </summary>
public sealed record HybridStrategy
{
    /// <summary>Unique id, e.g. "hybrid-captive-plus-outsourced".</summary>
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>One sentence describing the combination.</summary>
    public required string Summary { get; init; }

    /// <summary>The parts; each lists the strategy ids that can fill it.</summary>
    public required IReadOnlyList<IReadOnlyList<string>> Parts { get; init; }

    /// <summary>Knowledge entries that describe the combination.</summary>
    public IReadOnlyList<string> EntryIds { get; init; } = [];

    /// <summary>Sources that describe the combination.</summary>
    public required IReadOnlyList<string> SourceIds { get; init; }
}
