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
    ILogger<InsightRetention> logger) : PeriodicCleanup(storage.Value.CleanupInterval, timeProvider, logger)
{
    protected override string What => "old recorded questions";

    protected override async Task CleanUpAsync(CancellationToken cancellationToken)
    {
        var deleted = await store.DeleteBeforeAsync(Time.GetUtcNow() - options.Value.Retention, cancellationToken);
        if (deleted > 0)
        {
            Log.Deleted(logger, deleted, options.Value.Retention);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Deleted {Count} recorded questions and usage events older than {Retention}")]
        public static partial void Deleted(ILogger logger, int count, TimeSpan retention);
    }
}
