using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SourcingBot.Conversations.State;
using SourcingBot.Storage;

namespace SourcingBot.Tests.Storage;

public sealed class IdleConversationCleanupTests
{
    [Fact]
    public async Task ExecuteAsync_EachInterval_DeletesIdleConversationsAndExpiredIdempotencyKeys()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.Zero));
        var options = new ConversationStoreOptions { IdleExpiry = TimeSpan.FromDays(1), CleanupInterval = TimeSpan.FromHours(1) };
        var conversations = new InMemoryConversationStore(options, time);
        var keys = new ObservedIdempotencyStore(new InMemoryIdempotencyStore(time));
        await conversations.SaveAsync("idle", "state", 0, CancellationToken.None);
        await keys.TryBeginAsync("teams:c:1", TimeSpan.FromMinutes(5), CancellationToken.None);
        time.Advance(TimeSpan.FromDays(2));
        using var cleanup = new IdleConversationCleanup(
            conversations, keys, Options.Create(options), time, NullLogger<IdleConversationCleanup>.Instance);

        await cleanup.StartAsync(CancellationToken.None);
        (await keys.Cleaned.Task.WaitAsync(TimeSpan.FromSeconds(10))).Should().Be(1);
        await keys.TryBeginAsync("teams:c:2", TimeSpan.FromMinutes(5), CancellationToken.None);
        keys.Reset();
        time.Advance(TimeSpan.FromHours(1));
        var second = await keys.Cleaned.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await cleanup.StopAsync(CancellationToken.None);

        second.Should().Be(1);
        (await conversations.DeleteAsync("idle", CancellationToken.None)).Should().BeFalse("the idle conversation was deleted at start");
    }

    // Tells when a clean-up ran, and how many keys it deleted.
    private sealed class ObservedIdempotencyStore(IIdempotencyStore inner) : IIdempotencyStore
    {
        public TaskCompletionSource<int> Cleaned { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Reset() => Cleaned = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<IdempotencyClaim> TryBeginAsync(string key, TimeSpan timeToLive, CancellationToken cancellationToken) =>
            inner.TryBeginAsync(key, timeToLive, cancellationToken);

        public Task<bool> CompleteAsync(string key, string? outcome, CancellationToken cancellationToken) =>
            inner.CompleteAsync(key, outcome, cancellationToken);

        public Task<bool> ReleaseAsync(string key, CancellationToken cancellationToken) => inner.ReleaseAsync(key, cancellationToken);

        public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
        {
            var deleted = await inner.DeleteExpiredAsync(cancellationToken);
            Cleaned.TrySetResult(deleted);
            return deleted;
        }
    }
}
