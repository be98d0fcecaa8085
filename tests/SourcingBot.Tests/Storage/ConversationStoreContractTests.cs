using System.Text;
using Microsoft.Extensions.Time.Testing;
using SourcingBot.Conversations.State;

namespace SourcingBot.Tests.Storage;

/// <summary>
/// The behaviour every <see cref="IConversationStore"/> must have. A provider's test class derives from this
/// one and says how to create its store; all of these tests then run against it.
/// </summary>
public abstract class ConversationStoreContractTests : IAsyncLifetime, IDisposable
{
    protected static readonly TimeSpan IdleExpiry = TimeSpan.FromDays(30);

    private const string Id = "conversation-1";
    private readonly Lazy<IConversationStore> _store;

    protected ConversationStoreContractTests()
    {
        _store = new Lazy<IConversationStore>(() => CreateStore(Time));
    }

    /// <summary>The clock every store of the test runs on; it starts on a fixed date and moves only when told.</summary>
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.Zero));

    protected IConversationStore Store => _store.Value;

    protected static CancellationToken Token => CancellationToken.None;

    /// <summary>Creates a store with the given clock and an idle expiry of <see cref="IdleExpiry"/>.</summary>
    protected abstract IConversationStore CreateStore(TimeProvider timeProvider);

    /// <summary>Runs before each test, e.g. to empty a database the tests of a class share.</summary>
    public virtual Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Runs after each test, before <see cref="Dispose()"/>.</summary>
    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task LoadAsync_NothingSaved_ReturnsNull()
    {
        (await Store.LoadAsync(Id, Token)).Should().BeNull();
    }

    [Fact]
    public async Task SaveAsync_VersionZeroForNewConversation_CreatesVersionOne()
    {
        var result = await Store.SaveAsync(Id, """{"step":1}""", 0, Token);

        result.Should().Be(new SaveResult(SaveOutcome.Saved, 1));
        (await Store.LoadAsync(Id, Token)).Should().Be(new StoredConversation(Id, 1, """{"step":1}""", Time.GetUtcNow()));
    }

    [Fact]
    public async Task SaveAsync_CurrentVersion_ReplacesStateAndIncrementsVersion()
    {
        await Store.SaveAsync(Id, """{"step":1}""", 0, Token);
        Time.Advance(TimeSpan.FromMinutes(2));

        var second = await Store.SaveAsync(Id, """{"step":2}""", 1, Token);
        var third = await Store.SaveAsync(Id, """{"step":3}""", 2, Token);

        second.Should().Be(new SaveResult(SaveOutcome.Saved, 2));
        third.Should().Be(new SaveResult(SaveOutcome.Saved, 3));
        (await Store.LoadAsync(Id, Token)).Should().Be(new StoredConversation(Id, 3, """{"step":3}""", Time.GetUtcNow()));
    }

    [Fact]
    public async Task SaveAsync_StaleVersion_ReturnsConflictAndOverwritesNothing()
    {
        await Store.SaveAsync(Id, "first", 0, Token);
        await Store.SaveAsync(Id, "second", 1, Token);
        var before = await Store.LoadAsync(Id, Token);
        Time.Advance(TimeSpan.FromSeconds(5));

        var result = await Store.SaveAsync(Id, "stale", 1, Token);

        result.Should().Be(new SaveResult(SaveOutcome.Conflict, 2));
        (await Store.LoadAsync(Id, Token)).Should().Be(before);
    }

    [Fact]
    public async Task SaveAsync_VersionAheadOfStored_ReturnsConflict()
    {
        await Store.SaveAsync(Id, "first", 0, Token);

        var result = await Store.SaveAsync(Id, "ahead", 5, Token);

        result.Should().Be(new SaveResult(SaveOutcome.Conflict, 1));
        (await Store.LoadAsync(Id, Token))!.State.Should().Be("first");
    }

    [Fact]
    public async Task SaveAsync_CreateTwice_ReturnsConflictAndKeepsFirst()
    {
        await Store.SaveAsync(Id, "first", 0, Token);

        var result = await Store.SaveAsync(Id, "second", 0, Token);

        result.Should().Be(new SaveResult(SaveOutcome.Conflict, 1));
        (await Store.LoadAsync(Id, Token)).Should().Be(new StoredConversation(Id, 1, "first", Time.GetUtcNow()));
    }

    [Fact]
    public async Task SaveAsync_NonZeroVersionForMissingConversation_ReturnsConflictAndCreatesNothing()
    {
        var result = await Store.SaveAsync(Id, "orphan", 1, Token);

        result.Should().Be(new SaveResult(SaveOutcome.Conflict, 0));
        (await Store.LoadAsync(Id, Token)).Should().BeNull();
    }

    [Fact]
    public async Task DeleteAsync_Existing_ReturnsTrueAndErasesIt()
    {
        await Store.SaveAsync(Id, "secret", 0, Token);

        var deleted = await Store.DeleteAsync(Id, Token);

        deleted.Should().BeTrue();
        (await Store.LoadAsync(Id, Token)).Should().BeNull();
        (await Store.SaveAsync(Id, "again", 1, Token)).Outcome.Should().Be(SaveOutcome.Conflict);
    }

    [Fact]
    public async Task DeleteAsync_Missing_ReturnsFalse()
    {
        (await Store.DeleteAsync("never-saved", Token)).Should().BeFalse();
    }

    [Fact]
    public async Task DeleteAsync_Twice_ReturnsFalseTheSecondTime()
    {
        await Store.SaveAsync(Id, "secret", 0, Token);

        (await Store.DeleteAsync(Id, Token)).Should().BeTrue();
        (await Store.DeleteAsync(Id, Token)).Should().BeFalse();
    }

    [Fact]
    public async Task SaveAsync_AfterDelete_CreatesAfreshAtVersionOne()
    {
        await Store.SaveAsync(Id, "old", 0, Token);
        await Store.SaveAsync(Id, "older", 1, Token);
        await Store.DeleteAsync(Id, Token);

        var result = await Store.SaveAsync(Id, "new", 0, Token);

        result.Should().Be(new SaveResult(SaveOutcome.Saved, 1));
        (await Store.LoadAsync(Id, Token))!.State.Should().Be("new");
    }

    [Fact]
    public async Task LoadAsync_IdleExactlyTheExpiry_ReturnsConversation()
    {
        await Store.SaveAsync(Id, "state", 0, Token);

        Time.Advance(IdleExpiry);

        (await Store.LoadAsync(Id, Token)).Should().NotBeNull();
    }

    [Fact]
    public async Task LoadAsync_IdleLongerThanExpiry_ReturnsNull()
    {
        await Store.SaveAsync(Id, "state", 0, Token);

        Time.Advance(IdleExpiry + TimeSpan.FromMilliseconds(1));

        (await Store.LoadAsync(Id, Token)).Should().BeNull();
    }

    [Fact]
    public async Task SaveAsync_EachSave_RestartsTheIdleClock()
    {
        await Store.SaveAsync(Id, "one", 0, Token);
        Time.Advance(IdleExpiry - TimeSpan.FromHours(1));
        await Store.SaveAsync(Id, "two", 1, Token);
        var savedAt = Time.GetUtcNow();

        Time.Advance(IdleExpiry - TimeSpan.FromHours(1));

        (await Store.LoadAsync(Id, Token)).Should().Be(new StoredConversation(Id, 2, "two", savedAt));
    }

    [Fact]
    public async Task SaveAsync_UpdateOfExpiredConversation_ReturnsConflict()
    {
        await Store.SaveAsync(Id, "state", 0, Token);
        Time.Advance(IdleExpiry + TimeSpan.FromSeconds(1));

        var result = await Store.SaveAsync(Id, "late", 1, Token);

        result.Should().Be(new SaveResult(SaveOutcome.Conflict, 0));
        (await Store.LoadAsync(Id, Token)).Should().BeNull();
    }

    [Fact]
    public async Task SaveAsync_CreateOverExpiredConversation_StartsAfresh()
    {
        await Store.SaveAsync(Id, "old", 0, Token);
        await Store.SaveAsync(Id, "older", 1, Token);
        Time.Advance(IdleExpiry + TimeSpan.FromSeconds(1));

        var result = await Store.SaveAsync(Id, "new", 0, Token);

        result.Should().Be(new SaveResult(SaveOutcome.Saved, 1));
        (await Store.LoadAsync(Id, Token)).Should().Be(new StoredConversation(Id, 1, "new", Time.GetUtcNow()));
    }

    [Fact]
    public async Task DeleteAsync_ExpiredConversation_ReturnsTrueAndErasesIt()
    {
        await Store.SaveAsync(Id, "secret", 0, Token);
        Time.Advance(IdleExpiry + TimeSpan.FromDays(1));

        (await Store.DeleteAsync(Id, Token)).Should().BeTrue();
        (await Store.DeleteIdleAsync(Token)).Should().Be(0);
    }

    [Fact]
    public async Task DeleteIdleAsync_SomeIdle_DeletesOnlyThoseAndReturnsTheirCount()
    {
        foreach (var id in new[] { "idle-1", "idle-2", "idle-3" })
        {
            await Store.SaveAsync(id, "old", 0, Token);
        }

        Time.Advance(TimeSpan.FromDays(10));
        await Store.SaveAsync("fresh-1", "new", 0, Token);
        await Store.SaveAsync("idle-3", "touched", 1, Token);
        Time.Advance(IdleExpiry - TimeSpan.FromDays(5));
        await Store.SaveAsync("fresh-2", "new", 0, Token);

        var deleted = await Store.DeleteIdleAsync(Token);

        deleted.Should().Be(2);
        (await Store.LoadAsync("idle-1", Token)).Should().BeNull();
        (await Store.LoadAsync("idle-2", Token)).Should().BeNull();
        (await Store.LoadAsync("idle-3", Token))!.State.Should().Be("touched");
        (await Store.LoadAsync("fresh-1", Token)).Should().NotBeNull();
        (await Store.LoadAsync("fresh-2", Token)).Should().NotBeNull();
        (await Store.DeleteAsync("idle-1", Token)).Should().BeFalse("an idle conversation is really gone");
    }

    [Fact]
    public async Task DeleteIdleAsync_NothingIdle_ReturnsZero()
    {
        await Store.SaveAsync(Id, "state", 0, Token);

        (await Store.DeleteIdleAsync(Token)).Should().Be(0);
        (await Store.DeleteIdleAsync(Token)).Should().Be(0);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task SaveAsync_FiftyConcurrentSavesWithSameVersion_ExactlyOneSaved(long expectedVersion)
    {
        if (expectedVersion > 0)
        {
            await Store.SaveAsync(Id, "start", 0, Token);
        }

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var saves = Enumerable.Range(0, 50)
            .Select(i => Task.Run(async () =>
            {
                await start.Task;
                return (State: $"turn-{i}", Result: await Store.SaveAsync(Id, $"turn-{i}", expectedVersion, Token));
            }))
            .ToList();
        start.SetResult();
        var results = await Task.WhenAll(saves);

        var winners = results.Where(save => save.Result.Outcome == SaveOutcome.Saved).ToList();
        winners.Should().ContainSingle();
        winners[0].Result.Version.Should().Be(expectedVersion + 1);
        results.Where(save => save.Result.Outcome == SaveOutcome.Conflict).Should().HaveCount(49);
        (await Store.LoadAsync(Id, Token)).Should().BeEquivalentTo(new { Version = expectedVersion + 1, winners[0].State });
    }

    [Fact]
    public async Task SaveAsync_ManyConversations_AreIsolated()
    {
        var ids = Enumerable.Range(0, 20).Select(i => $"conversation-{i}").ToList();
        foreach (var id in ids)
        {
            await Store.SaveAsync(id, $"{id}:1", 0, Token);
        }

        foreach (var id in ids.Where((_, index) => index % 2 == 0))
        {
            await Store.SaveAsync(id, $"{id}:2", 1, Token);
        }

        await Store.DeleteAsync("conversation-3", Token);

        for (var i = 0; i < ids.Count; i++)
        {
            var loaded = await Store.LoadAsync(ids[i], Token);
            if (i == 3)
            {
                loaded.Should().BeNull();
            }
            else
            {
                var version = i % 2 == 0 ? 2 : 1;
                loaded.Should().Be(new StoredConversation(ids[i], version, $"{ids[i]}:{version}", Time.GetUtcNow()));
            }
        }
    }

    [Fact]
    public async Task SaveAsync_IdsDifferingOnlyInCase_AreDifferentConversations()
    {
        await Store.SaveAsync("Conversation", "upper", 0, Token);

        var result = await Store.SaveAsync("conversation", "lower", 0, Token);

        result.Outcome.Should().Be(SaveOutcome.Saved);
        (await Store.LoadAsync("Conversation", Token))!.State.Should().Be("upper");
        (await Store.LoadAsync("conversation", Token))!.State.Should().Be("lower");
    }

    [Fact]
    public async Task SaveAsync_LargeState_RoundTripsExactly()
    {
        var builder = new StringBuilder("{\"answers\":[");
        for (var i = 0; i < 40_000; i++)
        {
            builder.Append(i == 0 ? "" : ",").Append("{\"q\":").Append(i).Append(",\"a\":\"answer number ").Append(i).Append("\"}");
        }

        var state = builder.Append("]}").ToString();
        state.Length.Should().BeGreaterThan(1_000_000);

        await Store.SaveAsync(Id, state, 0, Token);

        (await Store.LoadAsync(Id, Token))!.State.Should().Be(state);
    }

    [Fact]
    public async Task SaveAsync_UnicodeState_RoundTripsExactly()
    {
        const string State = "{\"name\":\"Zoë Ångström\",\"city\":\"Kraków\",\"note\":\"東京で外注 — 😀👩🏽‍💻🇵🇱\","
            + "\"rtl\":\"مرحبا\",\"combining\":\"e\u0301\",\"separators\":\"\u2028\u2029\",\"quote\":\"'\\\"\\\\\",\"empty\":\"\"}";

        await Store.SaveAsync("ünïcødé-会話-😀", State, 0, Token);

        (await Store.LoadAsync("ünïcødé-会話-😀", Token)).Should().Be(new StoredConversation("ünïcødé-会話-😀", 1, State, Time.GetUtcNow()));
    }

    [Fact]
    public async Task SaveAsync_EmptyState_RoundTrips()
    {
        await Store.SaveAsync(Id, "", 0, Token);

        (await Store.LoadAsync(Id, Token))!.State.Should().BeEmpty();
    }

    [Fact]
    public async Task SaveAsync_InvalidArguments_Throw()
    {
        await Store.Invoking(store => store.SaveAsync("", "state", 0, Token)).Should().ThrowAsync<ArgumentException>();
        await Store.Invoking(store => store.SaveAsync(Id, null!, 0, Token)).Should().ThrowAsync<ArgumentNullException>();
        await Store.Invoking(store => store.SaveAsync(Id, "state", -1, Token)).Should().ThrowAsync<ArgumentOutOfRangeException>();
        await Store.Invoking(store => store.LoadAsync(null!, Token)).Should().ThrowAsync<ArgumentNullException>();
        await Store.Invoking(store => store.DeleteAsync("", Token)).Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task AllMembers_CancelledToken_ThrowOperationCanceled()
    {
        await Store.SaveAsync(Id, "state", 0, Token);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Store.Invoking(store => store.LoadAsync(Id, cancellation.Token)).Should().ThrowAsync<OperationCanceledException>();
        await Store.Invoking(store => store.SaveAsync(Id, "other", 1, cancellation.Token)).Should().ThrowAsync<OperationCanceledException>();
        await Store.Invoking(store => store.DeleteAsync(Id, cancellation.Token)).Should().ThrowAsync<OperationCanceledException>();
        await Store.Invoking(store => store.DeleteIdleAsync(cancellation.Token)).Should().ThrowAsync<OperationCanceledException>();
        (await Store.LoadAsync(Id, Token))!.State.Should().Be("state");
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
