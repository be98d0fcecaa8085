namespace SourcingBot.Channels.Discord.Gateway;

// Gateway > Rate Limiting: at most 120 payloads per 60 seconds on a connection. A few places are kept
// for heartbeats, so nothing else can starve them and get the connection closed.
internal sealed class GatewaySendLimiter(TimeProvider timeProvider)
{
    public const int Limit = 120;
    public const int ReservedForHeartbeats = 3;

    private static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly Lock _lock = new();

    public async Task WaitAsync(bool heartbeat, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = timeProvider.GetUtcNow();
                while (_sent.Count > 0 && now - _sent.Peek() >= Window)
                {
                    _sent.Dequeue();
                }

                if (_sent.Count < (heartbeat ? Limit : Limit - ReservedForHeartbeats))
                {
                    _sent.Enqueue(now);
                    return;
                }

                wait = _sent.Peek() + Window - now;
            }

            await Task.Delay(wait, timeProvider, cancellationToken);
        }
    }
}
