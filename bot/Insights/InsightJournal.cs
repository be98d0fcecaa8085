using Microsoft.Extensions.Options;
using SourcingBot.Conversations.Insights;
using SourcingBot.Leads;
using SourcingBot.Storage;

namespace SourcingBot.Insights;

// What the engine records, as the operator configured it: questions without user ids unless Insights:RecordUserIds
// is on, and a new lead handed to the webhook delivery at once. A question or usage event that cannot be stored is
// logged and dropped rather than failing the user's turn; a lead that cannot be stored fails the turn, so the user
// is told instead of believing an expert will call.
internal sealed partial class InsightJournal(
    IInsightStore store, IOptions<InsightsOptions> options, LeadDeliverySignal signal, ILogger<InsightJournal> logger) : ITurnJournal
{
    public async Task RecordAsync(TurnRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var kept = options.Value.RecordUserIds ? record : record with { Questions = record.Questions.Select(q => q with { UserId = null }).ToArray() };
        if (kept.Lead is not null)
        {
            await store.RecordAsync(kept, cancellationToken);
            signal.Notify();
            return;
        }

        try
        {
            await store.RecordAsync(kept, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.RecordFailed(logger, exception.GetType().Name);
        }
    }

    public Task ForgetAsync(string conversationId, string userId, CancellationToken cancellationToken) =>
        store.ForgetAsync(conversationId, userId, cancellationToken);

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Recording a turn's questions and usage failed ({ExceptionType}); the turn was answered")]
        public static partial void RecordFailed(ILogger logger, string exceptionType);
    }
}
