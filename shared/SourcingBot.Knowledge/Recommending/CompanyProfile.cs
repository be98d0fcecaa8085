namespace SourcingBot.Knowledge.Recommending;

/// <summary>
/// What a company told the guided assessment. Every answer is optional: null means unknown or
/// skipped, and the recommendation's confidence drops with each unknown answer.
/// </summary>
public sealed record CompanyProfile
{
    /// <summary>What the company wants to achieve; an empty set means "no particular goal".</summary>
    public IReadOnlySet<SourcingGoal>? Goals { get; init; }

    /// <summary>The kind of work to be sourced.</summary>
    public BusinessFunction? Function { get; init; }

    /// <summary>How central the work is to what sets the company apart.</summary>
    public Coreness? Coreness { get; init; }

    /// <summary>Whether the work and its quality can be specified in measurable terms.</summary>
    public bool? RequirementsSpecified { get; init; }

    /// <summary>How many seats (people) the work needs.</summary>
    public int? TeamSize { get; init; }

    /// <summary>How many people the company employs.</summary>
    public int? CompanySize { get; init; }

    /// <summary>The yearly budget for the work.</summary>
    public Money? AnnualBudget { get; init; }

    /// <summary>Within how many months the work must start.</summary>
    public int? StartWithinMonths { get; init; }

    /// <summary>The IANA time-zone id of headquarters, e.g. "Europe/Berlin" or "America/New_York".</summary>
    public string? HeadquartersTimeZone { get; init; }

    /// <summary>How much working time the team must share with headquarters.</summary>
    public OverlapNeed? OverlapNeeded { get; init; }

    /// <summary>Kinds of sensitive data involved; <see cref="Recommending.DataSensitivity.None"/> means none.</summary>
    public DataSensitivity? DataSensitivity { get; init; }

    /// <summary>Whether the company already has an entity or operations abroad.</summary>
    public bool? PresenceAbroad { get; init; }

    /// <summary>Whether the company wants to own the team (and its know-how) in the long run.</summary>
    public bool? WantsOwnership { get; init; }
}
