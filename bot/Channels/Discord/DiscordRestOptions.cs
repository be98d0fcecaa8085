using System.ComponentModel.DataAnnotations;

namespace SourcingBot.Channels.Discord;

/// <summary>Retries and limits of the REST client (section "Discord:Rest").</summary>
public sealed class DiscordRestOptions
{
    /// <summary>How often a request that failed with a transient error (5xx, 408, a network error) is retried.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay; later ones back off exponentially, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many requests per second are sent at most (Discord's global limit is 50).</summary>
    [Range(1, 50)]
    public int RequestsPerSecond { get; set; } = 50;

    /// <summary>How many invalid requests (401, 403, 429) per minute are tolerated before requests are refused locally.</summary>
    [Range(1, 100)]
    public int InvalidRequestsPerMinute { get; set; } = 5;

    /// <summary>How often one request is re-sent after a 429 before giving up.</summary>
    [Range(0, 10)]
    public int MaxRateLimitRetries { get; set; } = 3;
}
