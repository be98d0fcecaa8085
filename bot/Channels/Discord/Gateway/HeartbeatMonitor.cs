namespace SourcingBot.Channels.Discord.Gateway;

// Whether the last heartbeat was acknowledged, shared by the heartbeat loop and the receive loop.
internal sealed class HeartbeatMonitor
{
    private int _acknowledged = 1;

    public bool Zombied { get; set; }

    /// <summary>Whether the connection reached READY or RESUMED.</summary>
    public bool Healthy { get; set; }

    public void Acknowledge() => Interlocked.Exchange(ref _acknowledged, 1);

    /// <summary>Takes the acknowledgement of the previous heartbeat; false when there was none (zombied).</summary>
    public bool TryBeat() => Interlocked.Exchange(ref _acknowledged, 0) == 1;
}
