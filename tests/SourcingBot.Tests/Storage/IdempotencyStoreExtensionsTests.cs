using Microsoft.Extensions.Time.Testing;
using SourcingBot.Conversations.State;

namespace SourcingBot.Tests.Storage;

public sealed class IdempotencyStoreExtensionsTests
{
    private static readonly TimeSpan Window = TimeSpan.FromDays(1);
    private readonly InMemoryIdempotencyStore _store = new(new FakeTimeProvider());

    [Fact]
    public async Task RunOnceAsync_FirstDelivery_ProcessesAndRecordsTheOutcome()
    {
        var runs = 0;

        var result = await _store.RunOnceAsync("teams:c:1", Window, _ => Task.FromResult<string?>($"replies-{++runs}"), CancellationToken.None);

        result.Should().Be(new IdempotencyClaim(IdempotencyStatus.First, "replies-1"));
        (await _store.TryBeginAsync("teams:c:1", Window, CancellationToken.None)).Should().Be(new IdempotencyClaim(IdempotencyStatus.Completed, "replies-1"));
    }

    [Fact]
    public async Task RunOnceAsync_Redelivery_ReturnsTheFirstOutcomeWithoutProcessingAgain()
    {
        var runs = 0;
        Task<string?> Process(CancellationToken cancellationToken) => Task.FromResult<string?>($"replies-{++runs}");
        await _store.RunOnceAsync("discord:42", Window, Process, CancellationToken.None);

        var duplicate = await _store.RunOnceAsync("discord:42", Window, Process, CancellationToken.None);

        duplicate.Should().Be(new IdempotencyClaim(IdempotencyStatus.Completed, "replies-1"));
        runs.Should().Be(1);
    }

    [Fact]
    public async Task RunOnceAsync_RedeliveryWhileTheFirstIsRunning_IsNotProcessed()
    {
        var release = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = _store.RunOnceAsync("discord:7", Window, _ => release.Task, CancellationToken.None);

        var duplicate = await _store.RunOnceAsync("discord:7", Window, _ => throw new InvalidOperationException("processed twice"), CancellationToken.None);
        release.SetResult("done");

        duplicate.Should().Be(IdempotencyClaim.InProgress);
        (await first).Outcome.Should().Be("done");
    }

    [Fact]
    public async Task RunOnceAsync_ProcessingFails_ReleasesTheKeySoTheRedeliveryIsProcessed()
    {
        await _store.Invoking(store => store.RunOnceAsync("teams:c:2", Window, _ => throw new TimeoutException("engine down"), CancellationToken.None))
            .Should().ThrowAsync<TimeoutException>();

        var retry = await _store.RunOnceAsync("teams:c:2", Window, _ => Task.FromResult<string?>("ok"), CancellationToken.None);

        retry.Should().Be(new IdempotencyClaim(IdempotencyStatus.First, "ok"));
    }

    [Fact]
    public async Task RunOnceAsync_ProcessingCancelled_ReleasesTheKey()
    {
        using var cancellation = new CancellationTokenSource();

        await _store.Invoking(store => store.RunOnceAsync("teams:c:3", Window, async token =>
            {
                await cancellation.CancelAsync();
                token.ThrowIfCancellationRequested();
                return "never";
            }, cancellation.Token))
            .Should().ThrowAsync<OperationCanceledException>();

        (await _store.TryBeginAsync("teams:c:3", Window, CancellationToken.None)).IsFirst.Should().BeTrue();
    }
}
