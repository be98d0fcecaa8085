namespace SourcingBot.Conversations.State;

/// <summary>
/// Remembers which deliveries were processed, so each is handled once although a channel may deliver it
/// several times: Bot Framework redelivers an activity it got no answer for, Discord may redeliver an
/// interaction, a gateway resume may replay events, and any of them may reach another instance.
/// </summary>
/// <remarks>
/// <para>
/// A key names one delivery, prefixed by its channel (<c>teams:{activity id}</c>, <c>discord:{interaction id}</c>).
/// The first <see cref="TryBeginAsync"/> of a key claims it; the caller processes the delivery, then calls
/// <see cref="CompleteAsync"/> with what a duplicate should get (e.g. the serialized replies), or
/// <see cref="ReleaseAsync"/> if processing failed, so that a redelivery is processed afresh. Every later
/// <see cref="TryBeginAsync"/> within the time to live reports a duplicate: still in progress, or completed with
/// the recorded outcome. A claim whose process died before completing stays in progress until it expires.
/// <see cref="IdempotencyStoreExtensions.RunOnceAsync"/> does all of this around a delivery's processing.
/// </para>
/// <para>
/// A key expires its time to live after it was claimed: from then on it counts as never seen, and
/// <see cref="DeleteExpiredAsync"/> removes it. Time comes from the store's <see cref="TimeProvider"/>, to the
/// millisecond. Claims are atomic across instances sharing a store. Every implementation passes the same contract tests.
/// </para>
/// </remarks>
public interface IIdempotencyStore
{
    /// <summary>Claims a delivery's key unless it was seen within its time to live.</summary>
    /// <param name="key">The delivery's key (not empty; compared ordinally).</param>
    /// <param name="timeToLive">How long the key is remembered, usually <see cref="ConversationStoreOptions.IdempotencyWindow"/>.</param>
    /// <param name="cancellationToken">Cancels the claim.</param>
    /// <returns>
    /// <see cref="IdempotencyClaim.First"/> for the first delivery (now claimed by the caller); otherwise the duplicate's
    /// status and, when completed, the recorded outcome.
    /// </returns>
    Task<IdempotencyClaim> TryBeginAsync(string key, TimeSpan timeToLive, CancellationToken cancellationToken);

    /// <summary>Marks a claimed delivery processed and records what its duplicates get.</summary>
    /// <param name="key">The key claimed by <see cref="TryBeginAsync"/>.</param>
    /// <param name="outcome">What duplicates get back (opaque to the store), or null for nothing but an acknowledgement.</param>
    /// <param name="cancellationToken">Cancels the update.</param>
    /// <returns><see langword="true"/> if the claim was in progress and is now completed; false if it was completed, released or expired.</returns>
    Task<bool> CompleteAsync(string key, string? outcome, CancellationToken cancellationToken);

    /// <summary>Gives up a claim in progress, so the next delivery of the key is processed as the first.</summary>
    /// <param name="key">The key claimed by <see cref="TryBeginAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the release.</param>
    /// <returns><see langword="true"/> if a claim in progress was released; a completed one is kept.</returns>
    Task<bool> ReleaseAsync(string key, CancellationToken cancellationToken);

    /// <summary>Deletes every expired key.</summary>
    /// <param name="cancellationToken">Cancels the clean-up.</param>
    /// <returns>How many keys were deleted.</returns>
    Task<int> DeleteExpiredAsync(CancellationToken cancellationToken);
}
