using Microsoft.Extensions.Options;
using SourcingBot.Conversations.State;
using SourcingBot.Storage;

namespace SourcingBot.Insights;

// Deletes recorded questions and usage events older than Insights:Retention, every Storage:CleanupInterval.
internal sealed partial class InsightRetention(
    IInsightStore store,
    IOptions<InsightsOptions> options,
    IOptions<ConversationStoreOptions> storage,
    TimeProvider timeProvider,
    ILogger<InsightRetention> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(storage.Value.CleanupInterval, timeProvider);
        do
        {
            try
            {
                var deleted = await store.DeleteBeforeAsync(timeProvider.GetUtcNow() - options.Value.Retention, stoppingToken);
                if (deleted > 0)
                {
                    Log.Deleted(logger, deleted, options.Value.Retention);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Log.Failed(logger, exception.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Deleted {Count} recorded questions and usage events older than {Retention}")]
        public static partial void Deleted(ILogger logger, int count, TimeSpan retention);

        [LoggerMessage(2, LogLevel.Warning, "Deleting old recorded questions failed ({ExceptionType}); trying again at the next interval")]
        public static partial void Failed(ILogger logger, string exceptionType);
    }
}
