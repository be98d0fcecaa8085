namespace SourcingBot.Knowledge.Recommending;

/// <summary>What a company wants to achieve by changing how it sources the work.</summary>
public enum SourcingGoal
{
    /// <summary>Lower the cost of the work.</summary>
    ReduceCosts,

    /// <summary>Free management attention for the core business.</summary>
    FocusOnCore,

    /// <summary>Reach skills or capacity the company cannot hire at home.</summary>
    AccessTalent,

    /// <summary>Build a presence in new markets.</summary>
    ExpandMarkets,

    /// <summary>Cover more hours of the day, up to 24/7.</summary>
    RoundTheClock,

    /// <summary>Grow and shrink capacity quickly.</summary>
    ScaleFlexibly,

    /// <summary>Keep close control over people, processes and quality.</summary>
    KeepControl,
}
