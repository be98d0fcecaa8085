namespace SourcingBot.Channels.Discord;

// Work the channel has accepted (a deferred turn, a reply being written, follow-ups queued) finishes
// when the host stops. Its token is cancelled only when the host's shutdown timeout runs out.
internal sealed class InFlightWork : IDisposable
{
    private readonly CancellationTokenSource _abandon = new();

    /// <summary>Cancelled when in-flight work must be given up (the shutdown timeout passed).</summary>
    public CancellationToken Abandoned => _abandon.Token;

    /// <summary>Abandons the work when <paramref name="shutdownTimeout"/> (a hosted service's stop token) fires.</summary>
    public CancellationTokenRegistration AbandonWhen(CancellationToken shutdownTimeout) => shutdownTimeout.Register(_abandon.Cancel);

    public void Dispose() => _abandon.Dispose();
}
