using System.ComponentModel.DataAnnotations;

namespace SourcingBot.Channels.Discord;

/// <summary>The gateway connection for mentions and direct messages (section "Discord:Gateway").</summary>
public sealed class DiscordGatewayOptions
{
    /// <summary>Whether the bot connects to the gateway at all.</summary>
    public bool Enabled { get; set; }

    /// <summary>This process's shard (sent with IDENTIFY when <see cref="ShardCount"/> is above 1).</summary>
    [Range(0, 10_000)]
    public int ShardId { get; set; }

    /// <summary>How many shards the bot runs.</summary>
    [Range(1, 10_000)]
    public int ShardCount { get; set; } = 1;

    /// <summary>The longest wait between two reconnection attempts.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(60);
}
