namespace SourcingBot.Knowledge.Recommending;

/// <summary>Where a strategy can put the work, relative to headquarters.</summary>
public enum RegionKind
{
    /// <summary>In the home country, with the whole working day shared.</summary>
    Home,

    /// <summary>A nearby country, usually one to three time zones away.</summary>
    Nearshore,

    /// <summary>A distant country.</summary>
    Offshore,
}
