namespace SourcingBot.Knowledge.Recommending;

/// <summary>How central the function is to what sets the company apart.</summary>
public enum Coreness
{
    /// <summary>A core competency: it sets the company apart from competitors.</summary>
    CoreDifferentiator,

    /// <summary>Important to the business, but not what sets it apart.</summary>
    ImportantNotDifferentiating,

    /// <summary>A support activity.</summary>
    SupportFunction,
}
