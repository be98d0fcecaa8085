using SourcingBot.Conversations.Insights;

namespace SourcingBot.Storage;

/// <summary>
/// The recorded questions, usage events and leads, in the conversation store's database: what the engine
/// records (<see cref="ITurnJournal"/>), what the reports read, the retention clean-up and the leads' webhook outbox.
/// </summary>
internal interface IInsightStore : ITurnJournal
{
    /// <summary>The questions recorded at or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<RecordedQuestion>> QuestionsAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>The usage events at or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<UsageEvent>> UsageAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>The leads created at or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<StoredLead>> LeadsAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Deletes questions and usage events older than <paramref name="cutoff"/> (leads stay until delivered and forgotten).</summary>
    Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>Undelivered leads whose next delivery attempt is due at <paramref name="now"/>, oldest first.</summary>
    Task<IReadOnlyList<StoredLead>> DueDeliveriesAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>Marks a lead delivered to the webhook.</summary>
    Task MarkDeliveredAsync(string leadId, DateTimeOffset deliveredAt, CancellationToken cancellationToken);

    /// <summary>Counts a failed delivery and schedules the next attempt.</summary>
    Task MarkFailedAsync(string leadId, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken);
}
