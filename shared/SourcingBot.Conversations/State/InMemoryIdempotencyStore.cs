namespace SourcingBot.Conversations.State;

/// <summary>
/// A thread-safe <see cref="IIdempotencyStore"/> in process memory: duplicates are recognised only by the instance
/// that saw the first delivery, and nothing survives a restart. What <c>Storage:Provider = Memory</c> selects.
/// </summary>
public sealed class InMemoryIdempotencyStore : IIdempotencyStore
{
    private readonly Dictionary<string, Entry> _keys = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates an empty store.</summary>
    /// <param name="timeProvider">The clock that decides expiry.</param>
    public InMemoryIdempotencyStore(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    public Task<IdempotencyClaim> TryBeginAsync(string key, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeToLive, TimeSpan.Zero);
        cancellationToken.ThrowIfCancellationRequested();
        var now = Now();
        lock (_lock)
        {
            if (_keys.TryGetValue(key, out var entry) && entry.ExpiresAt > now)
            {
                return Task.FromResult(entry.Completed ? new IdempotencyClaim(IdempotencyStatus.Completed, entry.Outcome) : IdempotencyClaim.InProgress);
            }

            _keys[key] = new Entry(now + (long)timeToLive.TotalMilliseconds, Completed: false, Outcome: null);
            return Task.FromResult(IdempotencyClaim.First);
        }
    }

    /// <inheritdoc />
    public Task<bool> CompleteAsync(string key, string? outcome, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            if (!TryGetInProgress(key, out var entry))
            {
                return Task.FromResult(false);
            }

            _keys[key] = entry with { Completed = true, Outcome = outcome };
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<bool> ReleaseAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            return Task.FromResult(TryGetInProgress(key, out _) && _keys.Remove(key));
        }
    }

    /// <inheritdoc />
    public Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var now = Now();
        lock (_lock)
        {
            var expired = _keys.Where(pair => pair.Value.ExpiresAt <= now).Select(pair => pair.Key).ToList();
            foreach (var key in expired)
            {
                _keys.Remove(key);
            }

            return Task.FromResult(expired.Count);
        }
    }

    // A claim that is still open: begun, neither completed nor expired. Called under the lock.
    private bool TryGetInProgress(string key, out Entry entry) =>
        _keys.TryGetValue(key, out entry!) && !entry.Completed && entry.ExpiresAt > Now();

    // Milliseconds, as the database providers store them, so every provider expires at the same instant.
    private long Now() => _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();

    private sealed record Entry(long ExpiresAt, bool Completed, string? Outcome);
}
