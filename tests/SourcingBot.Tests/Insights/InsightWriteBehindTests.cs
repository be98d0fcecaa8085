using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SourcingBot.Conversations.Insights;
using SourcingBot.Insights;
using SourcingBot.Leads;
using SourcingBot.Storage;
using SourcingBot.Tests.Channels.Teams.Fakes;

namespace SourcingBot.Tests.Insights;

// A turn's questions and usage are stored behind the turn: the reply does not wait for them, and none is lost.
public sealed class InsightWriteBehindTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    private readonly GatedStore _store = new();
    private readonly LogCapture _logs = new();
    private readonly InsightWriteBehind _writeBehind;
    private readonly InsightJournal _journal;

    public InsightWriteBehindTests()
    {
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(_logs));
        _writeBehind = new InsightWriteBehind(_store, factory.CreateLogger<InsightWriteBehind>());
        _journal = new InsightJournal(_store, _writeBehind, Options.Create(new InsightsOptions { RecordUserIds = true }), new LeadDeliverySignal());
    }

    [Fact]
    public async Task Turn_DoesNotWaitForItsQuestionToBeStored_ThenItIs()
    {
        await _writeBehind.StartAsync(CancellationToken.None);

        // Bounded, so that a journal that waits for the store fails here instead of hanging.
        await _journal.RecordAsync(Record("ana", "how do I open an offshore bank account"), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        (await _store.QuestionsAsync(DateTimeOffset.MinValue, CancellationToken.None)).Should().BeEmpty("the store is still busy");
        _store.Open();
        await _writeBehind.FlushAsync(CancellationToken.None);
        (await _store.QuestionsAsync(DateTimeOffset.MinValue, CancellationToken.None)).Should().ContainSingle().Which.UserId.Should().Be("ana");
    }

    [Fact]
    public async Task ForgetMe_AlsoErasesTheQuestionsStillQueued()
    {
        await _writeBehind.StartAsync(CancellationToken.None);
        await _journal.RecordAsync(Record("ana", "how do I open an offshore bank account"), CancellationToken.None);
        await _journal.RecordAsync(Record("ben", "can I outsource my tax fraud"), CancellationToken.None);

        var forgetting = _journal.ForgetAsync("conversation-ana", "ana", CancellationToken.None);
        await Task.Delay(50);
        forgetting.IsCompleted.Should().BeFalse("the queued questions must be stored before the erasure");
        _store.Open();
        await forgetting;

        (await _store.QuestionsAsync(DateTimeOffset.MinValue, CancellationToken.None)).Should().ContainSingle().Which.UserId.Should().Be("ben");
    }

    [Fact]
    public async Task StoppingTheHost_StoresWhatIsQueued_AndLaterRecordsAreStoredDirectly()
    {
        await _writeBehind.StartAsync(CancellationToken.None);
        for (var i = 0; i < 3; i++)
        {
            await _journal.RecordAsync(Record("ana", $"question {i}"), CancellationToken.None);
        }

        var stopping = _writeBehind.StopAsync(CancellationToken.None);
        _store.Open();
        await stopping;
        await _journal.RecordAsync(Record("ana", "asked while the last requests finish"), CancellationToken.None);

        (await _store.QuestionsAsync(DateTimeOffset.MinValue, CancellationToken.None)).Should().HaveCount(4);
    }

    [Fact]
    public async Task FailedRecord_IsLoggedByTypeOnly_AndTheNextOnesAreStored()
    {
        await _writeBehind.StartAsync(CancellationToken.None);
        _store.Open();
        _store.FailNext = new InvalidOperationException("connection to secret-host failed");

        await _journal.RecordAsync(Record("ana", "first"), CancellationToken.None);
        await _journal.RecordAsync(Record("ana", "second"), CancellationToken.None);
        await _writeBehind.FlushAsync(CancellationToken.None);

        (await _store.QuestionsAsync(DateTimeOffset.MinValue, CancellationToken.None)).Select(q => q.Text).Should().Equal("second");
        _logs.Entries.Should().ContainSingle(entry => entry.Level == LogLevel.Warning)
            .Which.Message.Should().Contain("InvalidOperationException").And.NotContain("secret-host");
    }

    public async ValueTask DisposeAsync()
    {
        _store.Open();
        await _writeBehind.StopAsync(CancellationToken.None);
        _writeBehind.Dispose();
        _logs.Dispose();
    }

    private static TurnRecord Record(string user, string text) =>
        new([new RecordedQuestion(text, Now, "web", null, 0.2, "declined", user)], [new UsageEvent(UsageKinds.TopicAsked, "risks", "web", Now)], null);

    // The in-memory store, holding every write until opened (as a busy database would).
    private sealed class GatedStore : IInsightStore
    {
        private readonly InMemoryInsightStore _inner = new();
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Exception? FailNext { get; set; }

        public void Open() => _open.TrySetResult();

        public async Task RecordAsync(TurnRecord record, CancellationToken cancellationToken)
        {
            await _open.Task;
            if (FailNext is { } failure)
            {
                FailNext = null;
                throw failure;
            }

            await _inner.RecordAsync(record, cancellationToken);
        }

        public async Task ForgetAsync(string conversationId, string userId, CancellationToken cancellationToken)
        {
            await _open.Task;
            await _inner.ForgetAsync(conversationId, userId, cancellationToken);
        }

        public Task<IReadOnlyList<RecordedQuestion>> QuestionsAsync(DateTimeOffset since, CancellationToken cancellationToken) => _inner.QuestionsAsync(since, cancellationToken);

        public Task<IReadOnlyList<UsageEvent>> UsageAsync(DateTimeOffset since, CancellationToken cancellationToken) => _inner.UsageAsync(since, cancellationToken);

        public Task<IReadOnlyList<StoredLead>> LeadsAsync(DateTimeOffset since, CancellationToken cancellationToken) => _inner.LeadsAsync(since, cancellationToken);

        public Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => _inner.DeleteBeforeAsync(cutoff, cancellationToken);

        public Task<IReadOnlyList<StoredLead>> DueDeliveriesAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
            _inner.DueDeliveriesAsync(now, limit, cancellationToken);

        public Task MarkDeliveredAsync(string leadId, DateTimeOffset deliveredAt, CancellationToken cancellationToken) =>
            _inner.MarkDeliveredAsync(leadId, deliveredAt, cancellationToken);

        public Task MarkFailedAsync(string leadId, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken) =>
            _inner.MarkFailedAsync(leadId, nextAttemptAt, cancellationToken);
    }
}
