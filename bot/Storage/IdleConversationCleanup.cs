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
    ILogger<IdleConversationCleanup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CleanupInterval, timeProvider);
        do
        {
            try
            {
                var deleted = await store.DeleteIdleAsync(stoppingToken);
                if (deleted > 0)
                {
                    Log.Deleted(logger, deleted, options.Value.IdleExpiry);
                }

                var keys = await idempotency.DeleteExpiredAsync(stoppingToken);
                if (keys > 0)
                {
                    Log.DeletedKeys(logger, keys);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Log.Failed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Deleted {Count} conversations idle for longer than {IdleExpiry}")]
        public static partial void Deleted(ILogger logger, int count, TimeSpan idleExpiry);

        [LoggerMessage(2, LogLevel.Warning, "Deleting idle conversations failed; trying again at the next interval")]
        public static partial void Failed(ILogger logger, Exception exception);

        [LoggerMessage(3, LogLevel.Debug, "Deleted {Count} expired idempotency keys")]
        public static partial void DeletedKeys(ILogger logger, int count);
    }
}
