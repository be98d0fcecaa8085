namespace SourcingBot.Knowledge.Recommending;

/// <summary>One answer of a <see cref="CompanyProfile"/>; reasons and changes name the answers they come from.</summary>
public enum ProfileField
{
    /// <summary><see cref="CompanyProfile.Goals"/>.</summary>
    Goals,

    /// <summary><see cref="CompanyProfile.Function"/>.</summary>
    Function,

    /// <summary><see cref="CompanyProfile.Coreness"/>.</summary>
    Coreness,

    /// <summary><see cref="CompanyProfile.RequirementsSpecified"/>.</summary>
    RequirementsSpecified,

    /// <summary><see cref="CompanyProfile.TeamSize"/>.</summary>
    TeamSize,

    /// <summary><see cref="CompanyProfile.CompanySize"/>.</summary>
    CompanySize,

    /// <summary><see cref="CompanyProfile.AnnualBudget"/>.</summary>
    AnnualBudget,

    /// <summary><see cref="CompanyProfile.StartWithinMonths"/>.</summary>
    StartWithin,

    /// <summary><see cref="CompanyProfile.HeadquartersTimeZone"/>.</summary>
    HeadquartersTimeZone,

    /// <summary><see cref="CompanyProfile.OverlapNeeded"/>.</summary>
    OverlapNeeded,

    /// <summary><see cref="CompanyProfile.DataSensitivity"/>.</summary>
    DataSensitivity,

    /// <summary><see cref="CompanyProfile.PresenceAbroad"/>.</summary>
    PresenceAbroad,

    /// <summary><see cref="CompanyProfile.WantsOwnership"/>.</summary>
    WantsOwnership,
}
