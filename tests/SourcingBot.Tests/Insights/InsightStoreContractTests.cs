using SourcingBot.Conversations.Insights;
using SourcingBot.Storage;

namespace SourcingBot.Tests.Insights;

/// <summary>
/// The behaviour every <see cref="IInsightStore"/> must have; a provider's test class says how to create its store.
/// </summary>
public abstract class InsightStoreContractTests : IAsyncLifetime
{
    protected static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    private readonly Lazy<IInsightStore> _store;

    protected InsightStoreContractTests()
    {
        _store = new Lazy<IInsightStore>(CreateStore);
    }

    private IInsightStore Store => _store.Value;

    private static CancellationToken Token => CancellationToken.None;

    internal abstract IInsightStore CreateStore();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RecordAsync_QuestionsAndUsage_AreReadBackFromTheirTime()
    {
        var old = new RecordedQuestion("how do I open a bank account", Now.AddDays(-10), "web", null, 0.1, "declined");
        var recent = new RecordedQuestion("what does a PEO do?", Now.AddHours(-1), "teams", "define-outsourcing", 0.55, "low-confidence", "user-1");
        await Store.RecordAsync(new TurnRecord([old], [new UsageEvent(UsageKinds.TopicAsked, "define-outsourcing", "web", Now.AddDays(-10))], null), Token);
        await Store.RecordAsync(new TurnRecord([recent], [new UsageEvent(UsageKinds.AssessmentCompleted, null, "teams", Now)], null), Token);

        (await Store.QuestionsAsync(Now.AddDays(-1), Token)).Should().Equal(recent);
        (await Store.QuestionsAsync(Now.AddDays(-30), Token)).Should().Equal(old, recent);
        (await Store.UsageAsync(Now.AddDays(-1), Token)).Should().Equal(new UsageEvent(UsageKinds.AssessmentCompleted, null, "teams", Now));
    }

    [Fact]
    public async Task DeleteBeforeAsync_RemovesOnlyOlderQuestionsAndUsage_AndKeepsLeads()
    {
        await Store.RecordAsync(new TurnRecord(
            [Question("old", Now.AddDays(-100)), Question("new", Now.AddDays(-1))],
            [new UsageEvent(UsageKinds.TopicAsked, "risks", "web", Now.AddDays(-100))],
            Lead("lead-1", Now.AddDays(-100))), Token);

        (await Store.DeleteBeforeAsync(Now.AddDays(-90), Token)).Should().Be(2);

        (await Store.QuestionsAsync(DateTimeOffset.UnixEpoch, Token)).Select(q => q.Text).Should().Equal("new");
        (await Store.UsageAsync(DateTimeOffset.UnixEpoch, Token)).Should().BeEmpty();
        (await Store.LeadsAsync(DateTimeOffset.UnixEpoch, Token)).Should().ContainSingle();
    }

    [Fact]
    public async Task RecordAsync_SameLeadTwice_StoresItOnce()
    {
        var lead = Lead("lead-1", Now);

        await Store.RecordAsync(new TurnRecord([], [], lead), Token);
        await Store.RecordAsync(new TurnRecord([], [], lead), Token);

        (await Store.LeadsAsync(DateTimeOffset.UnixEpoch, Token)).Should().Equal(new StoredLead(lead, null, 0));
    }

    [Fact]
    public async Task ForgetAsync_ErasesTheUsersLeadsAndTheQuestionsRecordedWithTheirId()
    {
        await Store.RecordAsync(new TurnRecord([Question("mine", Now, "user-1"), Question("anonymous", Now)], [], Lead("lead-1", Now)), Token);
        await Store.RecordAsync(new TurnRecord([Question("theirs", Now, "user-2")], [], Lead("lead-2", Now, "user-2", "conversation-2")), Token);

        await Store.ForgetAsync("conversation-1", "user-1", Token);

        (await Store.QuestionsAsync(DateTimeOffset.UnixEpoch, Token)).Select(q => q.Text).Should().BeEquivalentTo("anonymous", "theirs");
        (await Store.LeadsAsync(DateTimeOffset.UnixEpoch, Token)).Select(stored => stored.Lead.Id).Should().Equal("lead-2");
    }

    [Fact]
    public async Task Outbox_FailedDeliveryWaitsForItsNextAttempt_AndADeliveredLeadIsNoLongerDue()
    {
        await Store.RecordAsync(new TurnRecord([], [], Lead("lead-1", Now)), Token);
        (await Store.DueDeliveriesAsync(Now, 10, Token)).Select(due => due.Lead.Id).Should().Equal("lead-1");

        await Store.MarkFailedAsync("lead-1", Now.AddMinutes(1), Token);
        (await Store.DueDeliveriesAsync(Now.AddSeconds(30), 10, Token)).Should().BeEmpty();
        (await Store.DueDeliveriesAsync(Now.AddMinutes(1), 10, Token)).Should().ContainSingle().Which.Attempts.Should().Be(1);

        await Store.MarkDeliveredAsync("lead-1", Now.AddMinutes(2), Token);
        (await Store.DueDeliveriesAsync(Now.AddDays(1), 10, Token)).Should().BeEmpty();
        (await Store.LeadsAsync(DateTimeOffset.UnixEpoch, Token)).Single().Should().Be(new StoredLead(Lead("lead-1", Now), Now.AddMinutes(2), 2));
    }

    internal static RecordedQuestion Question(string text, DateTimeOffset at, string? userId = null) =>
        new(text, at, "web", null, 0.2, "declined", userId);

    internal static Lead Lead(string id, DateTimeOffset at, string userId = "user-1", string conversationId = "conversation-1") =>
        new(id, at, "web", conversationId, userId, new LeadDetails("Ana Lima", "ana@lima-logistics.com", "Lima Logistics", "mornings", "nearshore-outsourcing"));
}
