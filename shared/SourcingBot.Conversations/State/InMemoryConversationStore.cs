namespace SourcingBot.Conversations.State;

/// <summary>
/// A thread-safe <see cref="IConversationStore"/> in process memory, for unit tests only: nothing survives a
/// restart. It is also what <c>Storage:Provider = Memory</c> selects, for throw-away runs.
/// </summary>
public sealed class InMemoryConversationStore : IConversationStore
{
    private readonly Dictionary<string, StoredConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly TimeProvider _timeProvider;
    private readonly long _idleExpiryMilliseconds;

    /// <summary>Creates an empty store.</summary>
    /// <param name="options">The options; only <see cref="ConversationStoreOptions.IdleExpiry"/> is used.</param>
    /// <param name="timeProvider">The clock that dates saves and decides expiry.</param>
    public InMemoryConversationStore(ConversationStoreOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.IdleExpiry, TimeSpan.Zero, nameof(options));
        _timeProvider = timeProvider;
        _idleExpiryMilliseconds = (long)options.IdleExpiry.TotalMilliseconds;
    }

    /// <inheritdoc />
    public Task<StoredConversation?> LoadAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        cancellationToken.ThrowIfCancellationRequested();
        var now = Now();
        lock (_lock)
        {
            return Task.FromResult(FindLive(conversationId, now));
        }
    }

    /// <inheritdoc />
    public Task<SaveResult> SaveAsync(string conversationId, string state, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        cancellationToken.ThrowIfCancellationRequested();
        var now = Now();
        lock (_lock)
        {
            var current = FindLive(conversationId, now);
            var currentVersion = current?.Version ?? 0;
            if (currentVersion != expectedVersion)
            {
                return Task.FromResult(new SaveResult(SaveOutcome.Conflict, currentVersion));
            }

            var saved = new StoredConversation(conversationId, expectedVersion + 1, state, DateTimeOffset.FromUnixTimeMilliseconds(now));
            _conversations[conversationId] = saved;
            return Task.FromResult(new SaveResult(SaveOutcome.Saved, saved.Version));
        }
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            return Task.FromResult(_conversations.Remove(conversationId));
        }
    }

    /// <inheritdoc />
    public Task<int> DeleteIdleAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var now = Now();
        lock (_lock)
        {
            var idle = _conversations.Values.Where(conversation => IsExpired(conversation, now)).ToList();
            foreach (var conversation in idle)
            {
                _conversations.Remove(conversation.ConversationId);
            }

            return Task.FromResult(idle.Count);
        }
    }

    // Milliseconds, as the database providers store them, so every provider expires at the same instant.
    private long Now() => _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();

    private StoredConversation? FindLive(string conversationId, long now) =>
        _conversations.TryGetValue(conversationId, out var conversation) && !IsExpired(conversation, now) ? conversation : null;

    private bool IsExpired(StoredConversation conversation, long now) =>
        conversation.UpdatedAt.ToUnixTimeMilliseconds() < now - _idleExpiryMilliseconds;
}
