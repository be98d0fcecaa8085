namespace SourcingBot.Knowledge.Recommending;

/// <summary>Kinds of sensitive data the work involves; combine flags.</summary>
[Flags]
public enum DataSensitivity
{
    /// <summary>No sensitive data.</summary>
    None = 0,

    /// <summary>Personal data about customers or staff.</summary>
    PersonalData = 1,

    /// <summary>Personal data covered by the EU General Data Protection Regulation.</summary>
    Gdpr = 2,

    /// <summary>US health information covered by HIPAA.</summary>
    Hipaa = 4,

    /// <summary>Financial data, e.g. of a bank or its customers.</summary>
    Financial = 8,
}
