using Microsoft.Extensions.Options;
using SourcingBot.Conversations.State;

namespace SourcingBot.Storage;

// Whether the conversation store can be reached, for /readyz: a load balancer then stops sending turns to an
// instance whose database is gone, and sends them again when it is back. Only a server can go away; a SQLite
// file or memory is always there. Probes run one at a time, so a burst of them costs one query each in turn.
internal sealed class StoreHealth(IServiceProvider services, IOptions<ConversationStoreOptions> options) : IDisposable
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);
    private readonly SemaphoreSlim _probing = new(1, 1);

    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Uses(ConversationStoreOptions.PostgresProvider))
        {
            return true;
        }

        await _probing.WaitAsync(cancellationToken);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(ProbeTimeout);
            return await services.GetRequiredService<PostgresDatabase>().PingAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        finally
        {
            _probing.Release();
        }
    }

    public void Dispose() => _probing.Dispose();
}
