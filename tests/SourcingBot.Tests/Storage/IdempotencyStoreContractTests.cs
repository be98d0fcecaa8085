using Microsoft.Extensions.Time.Testing;
using SourcingBot.Conversations.State;

namespace SourcingBot.Tests.Storage;

/// <summary>
/// The behaviour every <see cref="IIdempotencyStore"/> must have. A provider's test class derives from this one and
/// says how to create its store; all of these tests then run against it.
/// </summary>
public abstract class IdempotencyStoreContractTests : IAsyncLifetime, IDisposable
{
    protected static readonly TimeSpan Window = TimeSpan.FromDays(1);

    private const string Key = "teams:activity-1";
    private readonly Lazy<IIdempotencyStore> _store;

    protected IdempotencyStoreContractTests()
    {
        _store = new Lazy<IIdempotencyStore>(() => CreateStore(Time));
    }

    /// <summary>The clock every store of the test runs on; it starts on a fixed date and moves only when told.</summary>
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.Zero));

    protected IIdempotencyStore Store => _store.Value;

    protected static CancellationToken Token => CancellationToken.None;

    protected abstract IIdempotencyStore CreateStore(TimeProvider timeProvider);

    /// <summary>Runs before each test, e.g. to empty a database the tests of a class share.</summary>
    public virtual Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Runs after each test, before <see cref="Dispose()"/>.</summary>
    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TryBeginAsync_NewKey_ReturnsFirst()
    {
        (await Store.TryBeginAsync(Key, Window, Token)).Should().Be(IdempotencyClaim.First);
    }

    [Fact]
    public async Task TryBeginAsync_DuplicateBeforeCompletion_ReturnsInProgress()
    {
        await Store.TryBeginAsync(Key, Window, Token);

        (await Store.TryBeginAsync(Key, Window, Token)).Should().Be(IdempotencyClaim.InProgress);
        (await Store.TryBeginAsync(Key, Window, Token)).IsFirst.Should().BeFalse();
    }

    [Fact]
    public async Task TryBeginAsync_DuplicateAfterCompletion_ReturnsTheRecordedOutcome()
    {
        await Store.TryBeginAsync(Key, Window, Token);
        (await Store.CompleteAsync(Key, """{"replies":["Hello"]}""", Token)).Should().BeTrue();

        var duplicate = await Store.TryBeginAsync(Key, Window, Token);

        duplicate.Should().Be(new IdempotencyClaim(IdempotencyStatus.Completed, """{"replies":["Hello"]}"""));
    }

    [Fact]
    public async Task TryBeginAsync_DuplicateAfterCompletionWithoutOutcome_ReturnsCompletedWithNullOutcome()
    {
        await Store.TryBeginAsync(Key, Window, Token);
        await Store.CompleteAsync(Key, null, Token);

        (await Store.TryBeginAsync(Key, Window, Token)).Should().Be(new IdempotencyClaim(IdempotencyStatus.Completed, null));
    }

    [Fact]
    public async Task CompleteAsync_Twice_KeepsTheFirstOutcome()
    {
        await Store.TryBeginAsync(Key, Window, Token);
        await Store.CompleteAsync(Key, "first", Token);

        (await Store.CompleteAsync(Key, "second", Token)).Should().BeFalse();
        (await Store.TryBeginAsync(Key, Window, Token)).Outcome.Should().Be("first");
    }

    [Fact]
    public async Task CompleteAsync_KeyNeverClaimed_ReturnsFalseAndRecordsNothing()
    {
        (await Store.CompleteAsync(Key, "outcome", Token)).Should().BeFalse();

        (await Store.TryBeginAsync(Key, Window, Token)).Should().Be(IdempotencyClaim.First);
    }

    [Fact]
    public async Task ReleaseAsync_ClaimInProgress_LetsTheNextDeliveryBeFirst()
    {
        await Store.TryBeginAsync(Key, Window, Token);

        (await Store.ReleaseAsync(Key, Token)).Should().BeTrue();

        (await Store.TryBeginAsync(Key, Window, Token)).Should().Be(IdempotencyClaim.First);
        (await Store.TryBeginAsync(Key, Window, Token)).Should().Be(IdempotencyClaim.InProgress);
    }

    [Fact]
    public async Task ReleaseAsync_CompletedClaim_ReturnsFalseAndKeepsTheOutcome()
    {
        await Store.TryBeginAsync(Key, Window, Token);
        await Store.CompleteAsync(Key, "done", Token);

        (await Store.ReleaseAsync(Key, Token)).Should().BeFalse();

        (await Store.TryBeginAsync(Key, Window, Token)).Should().Be(new IdempotencyClaim(IdempotencyStatus.Completed, "done"));
    }

    [Fact]
    public async Task ReleaseAsync_UnknownKey_ReturnsFalse()
    {
        (await Store.ReleaseAsync("never-seen", Token)).Should().BeFalse();
    }

    [Fact]
    public async Task TryBeginAsync_JustBeforeTheTimeToLiveEnds_IsStillADuplicate()
    {
        await Store.TryBeginAsync(Key, Window, Token);
        await Store.CompleteAsync(Key, "done", Token);

        Time.Advance(Window - TimeSpan.FromMilliseconds(1));

        (await Store.TryBeginAsync(Key, Window, Token)).Status.Should().Be(IdempotencyStatus.Completed);
    }

    [Fact]
    public async Task TryBeginAsync_WhenTheTimeToLiveEnds_IsFirstAgainAndForgetsTheOldOutcome()
    {
        await Store.TryBeginAsync(Key, Window, Token);
        await Store.CompleteAsync(Key, "old", Token);

        Time.Advance(Window);

        (await Store.TryBeginAsync(Key, Window, Token)).Should().Be(IdempotencyClaim.First);
        (await Store.TryBeginAsync(Key, Window, Token)).Should().Be(IdempotencyClaim.InProgress);
    }

    [Fact]
    public async Task TryBeginAsync_DuplicateDoesNotExtendTheTimeToLive()
    {
        await Store.TryBeginAsync(Key, TimeSpan.FromMinutes(10), Token);
        Time.Advance(TimeSpan.FromMinutes(9));
        await Store.TryBeginAsync(Key, TimeSpan.FromMinutes(10), Token);

        Time.Advance(TimeSpan.FromMinutes(1));

        (await Store.TryBeginAsync(Key, TimeSpan.FromMinutes(10), Token)).Should().Be(IdempotencyClaim.First);
    }

    [Fact]
    public async Task CompleteAsync_AfterTheTimeToLiveEnded_ReturnsFalse()
    {
        await Store.TryBeginAsync(Key, TimeSpan.FromMinutes(1), Token);
        Time.Advance(TimeSpan.FromMinutes(1));

        (await Store.CompleteAsync(Key, "late", Token)).Should().BeFalse();
        (await Store.ReleaseAsync(Key, Token)).Should().BeFalse();
    }

    [Fact]
    public async Task DeleteExpiredAsync_SomeExpired_DeletesOnlyThoseAndReturnsTheirCount()
    {
        await Store.TryBeginAsync("short-1", TimeSpan.FromMinutes(5), Token);
        await Store.TryBeginAsync("short-2", TimeSpan.FromMinutes(5), Token);
        await Store.CompleteAsync("short-2", "done", Token);
        await Store.TryBeginAsync("long", TimeSpan.FromHours(1), Token);
        await Store.CompleteAsync("long", "kept", Token);
        Time.Advance(TimeSpan.FromMinutes(5));

        (await Store.DeleteExpiredAsync(Token)).Should().Be(2);
        (await Store.DeleteExpiredAsync(Token)).Should().Be(0);

        (await Store.TryBeginAsync("long", Window, Token)).Outcome.Should().Be("kept");
        (await Store.TryBeginAsync("short-1", Window, Token)).Should().Be(IdempotencyClaim.First);
    }

    [Fact]
    public async Task TryBeginAsync_FiftyConcurrentDeliveries_ExactlyOneIsFirst()
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var claims = Enumerable.Range(0, 50)
            .Select(_ => Task.Run(async () =>
            {
                await start.Task;
                return await Store.TryBeginAsync(Key, Window, Token);
            }))
            .ToList();
        start.SetResult();
        var results = await Task.WhenAll(claims);

        results.Count(claim => claim.IsFirst).Should().Be(1);
        results.Where(claim => !claim.IsFirst).Should().AllBeEquivalentTo(IdempotencyClaim.InProgress);
    }

    [Fact]
    public async Task TryBeginAsync_KeysDifferingOnlyInCase_AreDifferentDeliveries()
    {
        await Store.TryBeginAsync("discord:ABC", Window, Token);

        (await Store.TryBeginAsync("discord:abc", Window, Token)).IsFirst.Should().BeTrue();
    }

    [Fact]
    public async Task CompleteAsync_LargeUnicodeOutcome_RoundTripsExactly()
    {
        var outcome = string.Concat(Enumerable.Repeat("{\"text\":\"Zoë — 東京 😀 \\\"quoted\\\" \u2028\"},", 5_000));
        await Store.TryBeginAsync("ünïcødé-😀", Window, Token);
        await Store.CompleteAsync("ünïcødé-😀", outcome, Token);

        (await Store.TryBeginAsync("ünïcødé-😀", Window, Token)).Outcome.Should().Be(outcome);
    }

    [Fact]
    public async Task AllMembers_InvalidArguments_Throw()
    {
        await Store.Invoking(store => store.TryBeginAsync("", Window, Token)).Should().ThrowAsync<ArgumentException>();
        await Store.Invoking(store => store.TryBeginAsync(null!, Window, Token)).Should().ThrowAsync<ArgumentNullException>();
        await Store.Invoking(store => store.TryBeginAsync(Key, TimeSpan.Zero, Token)).Should().ThrowAsync<ArgumentOutOfRangeException>();
        await Store.Invoking(store => store.TryBeginAsync(Key, TimeSpan.FromSeconds(-1), Token)).Should().ThrowAsync<ArgumentOutOfRangeException>();
        await Store.Invoking(store => store.CompleteAsync("", "outcome", Token)).Should().ThrowAsync<ArgumentException>();
        await Store.Invoking(store => store.ReleaseAsync("", Token)).Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task AllMembers_CancelledToken_ThrowOperationCanceled()
    {
        await Store.TryBeginAsync(Key, Window, Token);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Store.Invoking(store => store.TryBeginAsync("other", Window, cancellation.Token)).Should().ThrowAsync<OperationCanceledException>();
        await Store.Invoking(store => store.CompleteAsync(Key, "outcome", cancellation.Token)).Should().ThrowAsync<OperationCanceledException>();
        await Store.Invoking(store => store.ReleaseAsync(Key, cancellation.Token)).Should().ThrowAsync<OperationCanceledException>();
        await Store.Invoking(store => store.DeleteExpiredAsync(cancellation.Token)).Should().ThrowAsync<OperationCanceledException>();
        (await Store.TryBeginAsync(Key, Window, Token)).Should().Be(IdempotencyClaim.InProgress);
        (await Store.TryBeginAsync("other", Window, Token)).Should().Be(IdempotencyClaim.First);
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing && _store.IsValueCreated && _store.Value is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }
}
