namespace SourcingBot.Conversations.State;

/// <summary>The usual way a channel uses an <see cref="IIdempotencyStore"/>: process a delivery once.</summary>
public static class IdempotencyStoreExtensions
{
    /// <summary>
    /// Runs <paramref name="process"/> for the first delivery of <paramref name="key"/> and records what it returns;
    /// for a duplicate, runs nothing. If <paramref name="process"/> throws (or is cancelled), the claim is released,
    /// so a redelivery is processed afresh, and the exception propagates.
    /// </summary>
    /// <param name="store">The store shared by every instance.</param>
    /// <param name="key">The delivery's key, e.g. <c>teams:{conversation id}:{activity id}</c>.</param>
    /// <param name="timeToLive">How long the key is remembered, usually <see cref="ConversationStoreOptions.IdempotencyWindow"/>.</param>
    /// <param name="process">Handles the delivery and returns what a duplicate should get (e.g. the serialized replies), or null.</param>
    /// <param name="cancellationToken">Cancels the claim and the processing.</param>
    /// <returns>
    /// <see cref="IdempotencyStatus.First"/> with the outcome <paramref name="process"/> returned when this call processed
    /// the delivery; otherwise the duplicate's claim (<see cref="IdempotencyStatus.InProgress"/>, or
    /// <see cref="IdempotencyStatus.Completed"/> with the first delivery's outcome).
    /// </returns>
    public static async Task<IdempotencyClaim> RunOnceAsync(
        this IIdempotencyStore store,
        string key,
        TimeSpan timeToLive,
        Func<CancellationToken, Task<string?>> process,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(process);
        var claim = await store.TryBeginAsync(key, timeToLive, cancellationToken);
        if (!claim.IsFirst)
        {
            return claim;
        }

        string? outcome;
        try
        {
            outcome = await process(cancellationToken);
        }
        catch
        {
            // Not the caller's token: a cancelled request must still give the key back.
            await store.ReleaseAsync(key, CancellationToken.None);
            throw;
        }

        // The delivery was processed: if recording fails, duplicates see it in progress and are only acknowledged.
        await store.CompleteAsync(key, outcome, cancellationToken);
        return new IdempotencyClaim(IdempotencyStatus.First, outcome);
    }
}
