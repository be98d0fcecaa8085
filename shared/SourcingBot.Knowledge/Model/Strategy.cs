namespace SourcingBot.Knowledge.Model;

/// <summary>A sourcing strategy described on every comparison dimension.</summary>
public sealed record Strategy
{
    /// <summary>Stable id, e.g. "offshore-outsourcing".</summary>
    public required string Id { get; init; }

    /// <summary>Display name, e.g. "Offshore outsourcing".</summary>
    public required string Name { get; init; }

    /// <summary>Other ways people name the strategy.</summary>
    public required IReadOnlyList<string> Aliases { get; init; }

    /// <summary>The entry that explains the strategy.</summary>
    public required string EntryId { get; init; }

    /// <summary>One sentence describing it.</summary>
    public required string Summary { get; init; }

    /// <summary>A short text per dimension id.</summary>
    public required IReadOnlyDictionary<string, string> Values { get; init; }

    /// <summary>Where the description comes from.</summary>
    public required IReadOnlyList<Source> Sources { get; init; }
}
