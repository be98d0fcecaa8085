using SourcingBot.Knowledge.Recommending;

namespace SourcingBot.Knowledge.Assessment;

/// <summary>
/// A read answer to one step, as stored between turns. Which member is set depends on the step's
/// <see cref="StepKind"/>: <see cref="Options"/> for choices, <see cref="Flag"/> for yes/no,
/// <see cref="Number"/> for numbers, percentages and durations (in months), <see cref="Money"/> for money,
/// <see cref="Text"/> for time zones (an IANA id) and free text.
/// </summary>
public sealed record StepAnswer
{
    /// <summary>The chosen option values, in the step's order.</summary>
    public IReadOnlyList<string>? Options { get; init; }

    /// <summary>Yes (true) or no (false).</summary>
    public bool? Flag { get; init; }

    /// <summary>The number; for a duration, the months until the deadline.</summary>
    public decimal? Number { get; init; }

    /// <summary>An amount of money.</summary>
    public Money? Money { get; init; }

    /// <summary>An IANA time-zone id, or free text.</summary>
    public string? Text { get; init; }

    /// <summary>How the answer reads back to the user, e.g. "40 people" or "Berlin (Europe/Berlin)".</summary>
    public required string Display { get; init; }
}
