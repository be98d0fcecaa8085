using System.ComponentModel.DataAnnotations;

namespace SourcingBot.Channels.Teams;

/// <summary>
/// Limits of the Teams channel (section "Teams"). Its credentials use the Bot Framework's standard
/// top-level keys instead (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, …), read by the SDK.
/// </summary>
public sealed class TeamsOptions
{
    public const string Section = "Teams";

    /// <summary>How long a request may wait for the identity service (token keys) before it is refused.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan AuthenticationTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a turn may take before the bot shows that it is typing (Teams expects an answer within 2 seconds).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:02", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The largest activity accepted on <c>/api/messages</c>, in bytes.</summary>
    [Range(1024, 10_000_000)]
    public int MaxBodyBytes { get; set; } = 262_144;

    /// <summary>The largest message sent to Teams, in bytes of JSON (Teams refuses more than about 28 KB).</summary>
    [Range(8192, 1_000_000)]
    public int MaxMessageBytes { get; set; } = 27_648;
}
