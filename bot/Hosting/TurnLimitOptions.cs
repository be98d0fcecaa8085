using System.ComponentModel.DataAnnotations;

namespace SourcingBot.Hosting;

/// <summary>
/// How many turns one conversation and one user may send (section "TurnLimits"): a token bucket each, so a
/// short burst passes and a sustained flood is slowed to the rate. Counted per instance.
/// </summary>
public sealed class TurnLimitOptions
{
    public const string Section = "TurnLimits";

    /// <summary>Whether turns are limited at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The turns one conversation may send at once before it is slowed down.</summary>
    [Range(1, 10_000)]
    public int ConversationBurst { get; set; } = 20;

    /// <summary>The sustained turns per minute of one conversation.</summary>
    [Range(1, 100_000)]
    public int ConversationTurnsPerMinute { get; set; } = 60;

    /// <summary>The turns one user may send at once, over all their conversations.</summary>
    [Range(1, 10_000)]
    public int UserBurst { get; set; } = 40;

    /// <summary>The longest message read from Teams and Discord, in characters (the JSON API has Chat:MaxTextLength).</summary>
    [Range(1, 100_000)]
    public int MaxTextLength { get; set; } = 2000;

    /// <summary>The sustained turns per minute of one user, over all their conversations.</summary>
    [Range(1, 100_000)]
    public int UserTurnsPerMinute { get; set; } = 120;
}
