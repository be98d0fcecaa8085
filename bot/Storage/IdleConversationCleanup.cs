using Microsoft.Extensions.Options;
using SourcingBot.Conversations.State;

namespace SourcingBot.Storage;

// Deletes conversations idle for longer than Storage:IdleExpiry and expired idempotency keys, every
// Storage:CleanupInterval, so abandoned answers do not stay on disk. Expired entries are already invisible to
// turns. With several instances each one cleans up; the deletes are idempotent, so that only costs a query.
internal sealed partial class IdleConversationCleanup(
    IConversationStore store,
    IIdempotencyStore idempotency,
    IOptions<ConversationStoreOptions> options,
    TimeProvider timeProvider,
    ILogger<IdleConversationCleanup> logger) : PeriodicCleanup(options.Value.CleanupInterval, timeProvider, logger)
{
    protected override string What => "idle conversations";

    protected override async Task CleanUpAsync(CancellationToken cancellationToken)
    {
        var deleted = await store.DeleteIdleAsync(cancellationToken);
        if (deleted > 0)
        {
            Log.Deleted(logger, deleted, options.Value.IdleExpiry);
        }

        var keys = await idempotency.DeleteExpiredAsync(cancellationToken);
        if (keys > 0)
        {
            Log.DeletedKeys(logger, keys);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Deleted {Count} conversations idle for longer than {IdleExpiry}")]
        public static partial void Deleted(ILogger logger, int count, TimeSpan idleExpiry);

        [LoggerMessage(3, LogLevel.Debug, "Deleted {Count} expired idempotency keys")]
        public static partial void DeletedKeys(ILogger logger, int count);
    }
}
