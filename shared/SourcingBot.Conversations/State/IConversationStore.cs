namespace SourcingBot.Conversations.State;

/// <summary>
/// Keeps each conversation's state between turns, with optimistic concurrency: a save names the version it
/// was based on and is refused with <see cref="SaveOutcome.Conflict"/> when another save came first, so two
/// concurrent turns never silently overwrite each other.
/// </summary>
/// <remarks>
/// A conversation not saved for longer than <see cref="ConversationStoreOptions.IdleExpiry"/> is expired:
/// every member treats it as absent, except <see cref="DeleteAsync"/>, which still erases it. Time comes
/// from the store's <see cref="TimeProvider"/>. Every implementation passes the same contract tests.
/// </remarks>
public interface IConversationStore
{
    /// <summary>Loads a conversation's state.</summary>
    /// <param name="conversationId">The conversation's id (not empty; compared ordinally).</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The state last saved, or <see langword="null"/> when there is none or it has expired.</returns>
    Task<StoredConversation?> LoadAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Saves a conversation's state if it is still at <paramref name="expectedVersion"/>.</summary>
    /// <param name="conversationId">The conversation's id (not empty; compared ordinally).</param>
    /// <param name="state">The state to store, returned exactly by later loads.</param>
    /// <param name="expectedVersion">
    /// 0 to create the conversation, refused if it exists (and has not expired); otherwise the version the
    /// state was based on, refused unless it is the version stored now.
    /// </param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>
    /// <see cref="SaveOutcome.Saved"/> with version <paramref name="expectedVersion"/> + 1, or
    /// <see cref="SaveOutcome.Conflict"/> when nothing was stored.
    /// </returns>
    Task<SaveResult> SaveAsync(string conversationId, string state, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Erases a conversation, as a user's "forget me" asks, whether or not it has expired.</summary>
    /// <param name="conversationId">The conversation's id (not empty; compared ordinally).</param>
    /// <param name="cancellationToken">Cancels the deletion.</param>
    /// <returns><see langword="true"/> if something was stored and is now erased.</returns>
    Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Deletes every conversation idle for longer than the idle expiry.</summary>
    /// <param name="cancellationToken">Cancels the clean-up.</param>
    /// <returns>How many conversations were deleted.</returns>
    Task<int> DeleteIdleAsync(CancellationToken cancellationToken);
}
