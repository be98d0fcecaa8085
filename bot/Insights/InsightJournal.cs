using Microsoft.Extensions.Options;
using SourcingBot.Conversations.Insights;
using SourcingBot.Leads;
using SourcingBot.Storage;

namespace SourcingBot.Insights;

// What the engine records, as the operator configured it: questions without user ids unless Insights:RecordUserIds
// is on, and a new lead handed to the webhook delivery at once. Questions and usage are stored behind the turn
// (InsightWriteBehind); a lead is stored before the turn ends, and one that cannot be stored fails the turn, so the
// user is told instead of believing an expert will call. "Forget me" first lets the queued records reach the store,
// so none of the user's questions is stored after their erasure.
internal sealed class InsightJournal(
    IInsightStore store, InsightWriteBehind writeBehind, IOptions<InsightsOptions> options, LeadDeliverySignal signal) : ITurnJournal
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

        await writeBehind.EnqueueAsync(kept, cancellationToken);
    }

    public async Task ForgetAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        await writeBehind.FlushAsync(cancellationToken);
        await store.ForgetAsync(conversationId, userId, cancellationToken);
    }
}
