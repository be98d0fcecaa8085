using SourcingBot.Conversations.Insights;
using SourcingBot.Conversations.Tests.Engine;
using SourcingBot.Conversations.Turns;

namespace SourcingBot.Conversations.Tests.Insights;

public sealed class LeadDialogTests
{
    private static readonly string[] NearshoreProfile =
    [
        "access talent and reduce costs", "software development", "important but not what sets us apart", "yes", "15 developers",
        "300 employees", "skip", "within 4 months", "New York", "daily real-time collaboration", "no", "no", "no",
    ];

    [Fact]
    public async Task TalkToAnExpert_AfterARecommendation_AsksDetailsAndStoresThemOnlyWithConsent()
    {
        var journal = new RecordingJournal();
        var chat = new ConversationHarness(journal: journal);
        await RecommendAsync(chat);
        var offer = chat.Replies[0].Suggestions.Should().ContainSingle(action => action.Label == "Talk to an expert").Subject;

        await chat.Click(offer);
        chat.Last.Text.Should().Contain("What's your name?");
        await chat.Send("Ana Lima");
        chat.Last.Text.Should().Contain("work email");
        await chat.Send("ana at example");
        chat.Last.Text.Should().Contain("doesn't look like an email address");
        await chat.Send("ana.lima@gmail.com");
        chat.Last.Text.Should().Contain("personal address");
        await chat.Send("it's ana.lima@lima-logistics.com");
        chat.Last.Text.Should().Contain("Which company");
        await chat.Send("Lima Logistics");
        await chat.Send("weekday mornings CET");
        chat.Last.Text.Should().Contain("Do you agree").And.Contain("ana.lima@lima-logistics.com").And.Contain("Lima Logistics");
        journal.Leads.Should().BeEmpty("nothing is stored before consent");

        await chat.Click(chat.Last.Choices.Single(choice => choice.Label == "Yes, contact me"));

        chat.Last.Text.Should().Contain("An expert will contact you");
        var lead = journal.Leads.Should().ContainSingle().Subject;
        lead.Details.Should().Be(new LeadDetails("Ana Lima", "ana.lima@lima-logistics.com", "Lima Logistics", "weekday mornings CET", "nearshore-outsourcing"));
        lead.UserId.Should().Be("user");
        lead.ConversationId.Should().Be(chat.ConversationId);
        journal.Usage.Should().Contain(usage => usage.Kind == UsageKinds.Lead);

        await chat.Send("what is nearshoring?");
        chat.Reply.Kind.Should().Be(ReplyKind.Answer, "the dialog is over and questions are answered again");
    }

    [Theory]
    [InlineData("cancel")]
    [InlineData("no thanks")]
    public async Task TalkToAnExpert_DeclinedOrCancelled_StoresNothing(string refusal)
    {
        var journal = new RecordingJournal();
        var chat = new ConversationHarness(journal: journal);
        await chat.Send("I'd like to talk to an expert");
        await chat.Send("Ana");
        await chat.Send("ana@lima-logistics.com");
        await chat.Send("Lima Logistics");
        await chat.Send("afternoons");

        await chat.Send(refusal);

        chat.Last.Text.Should().Contain("haven't stored any of your details");
        journal.Leads.Should().BeEmpty();
        (await chat.Store.LoadAsync(chat.ConversationId, CancellationToken.None)).Should().NotBeNull();
        await chat.Send("what is offshoring?");
        chat.Reply.Kind.Should().Be(ReplyKind.Answer);
    }

    [Fact]
    public async Task CancelButton_OnTheFirstQuestion_EndsTheDialog()
    {
        var journal = new RecordingJournal();
        var chat = new ConversationHarness(journal: journal);
        await chat.Click(ActionValues.RunCommand(DialogCommand.Expert));

        await chat.Click(chat.Last.Suggestions.Single(action => action.Label == "Cancel"));

        chat.Last.Text.Should().Contain("haven't stored");
        journal.Leads.Should().BeEmpty();
    }

    [Fact]
    public async Task ForgetMe_ErasesTheLeadOfThisUser()
    {
        var journal = new RecordingJournal();
        var chat = new ConversationHarness(journal: journal);
        foreach (var text in new[] { "talk to an expert", "Ana", "ana@lima-logistics.com", "Lima Logistics", "afternoons", "yes" })
        {
            await chat.Send(text);
        }

        journal.Leads.Should().ContainSingle();

        await chat.Send("forget me");

        journal.Forgotten.Should().ContainSingle().Which.Should().Be((chat.ConversationId, "user"));
        journal.Leads.Should().BeEmpty();
        chat.Last.Text.Should().Contain("contact details");
    }

    [Fact]
    public async Task Questions_DeclinedOrUnsure_AreRecorded_AndConfidentAnswersAreCountedOnly()
    {
        var journal = new RecordingJournal();
        var chat = new ConversationHarness(journal: journal);

        await chat.Send("what is nearshoring?");
        await chat.Send("how do I open an offshore bank account");

        var question = journal.Questions.Should().ContainSingle().Subject;
        question.Text.Should().Be("how do I open an offshore bank account");
        question.Outcome.Should().Be("declined");
        question.Channel.Should().Be("test");
        question.AskedAt.Should().Be(chat.Time.GetUtcNow());
        journal.Usage.Should().ContainSingle(usage => usage.Kind == UsageKinds.TopicAsked).Which.Value.Should().Be("define-nearshoring");
    }

    [Fact]
    public async Task Assessment_StartedAndCompleted_AreCounted_WithTheRecommendedStrategy()
    {
        var journal = new RecordingJournal();
        var chat = new ConversationHarness(journal: journal);
        await RecommendAsync(chat);

        journal.Usage.Select(usage => (usage.Kind, usage.Value)).Should().Contain(
        [
            (UsageKinds.AssessmentStarted, null),
            (UsageKinds.AssessmentCompleted, null),
            (UsageKinds.Recommendation, "nearshore-outsourcing"),
        ]);
    }

    [Fact]
    public async Task Lead_IsStoredBeforeTheState_SoAFailedSaveLosesNothing()
    {
        var journal = new RecordingJournal();
        var store = new FailingSaveStore();
        var chat = new ConversationHarness(store: store, journal: journal);
        foreach (var text in new[] { "talk to an expert", "Ana", "ana@lima-logistics.com", "Lima Logistics", "afternoons" })
        {
            await chat.Send(text);
        }

        store.FailSaves = true;
        var failing = () => chat.Send("yes");
        await failing.Should().ThrowAsync<InvalidOperationException>();
        store.FailSaves = false;
        await chat.Send("yes");

        journal.Leads.Should().ContainSingle("the retried turn stores the same lead, under the same id, once");
    }

    private static async Task RecommendAsync(ConversationHarness chat)
    {
        await chat.Send("recommend");
        foreach (var answer in NearshoreProfile)
        {
            await chat.Send(answer);
        }

        await chat.Send("yes");
    }

    private sealed class FailingSaveStore : State.IConversationStore
    {
        private readonly State.InMemoryConversationStore _inner = new(new State.ConversationStoreOptions(), TimeProvider.System);

        public bool FailSaves { get; set; }

        public Task<State.StoredConversation?> LoadAsync(string conversationId, CancellationToken cancellationToken) =>
            _inner.LoadAsync(conversationId, cancellationToken);

        public Task<State.SaveResult> SaveAsync(string conversationId, string state, long expectedVersion, CancellationToken cancellationToken) =>
            FailSaves ? throw new InvalidOperationException("the database is down") : _inner.SaveAsync(conversationId, state, expectedVersion, cancellationToken);

        public Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken) => _inner.DeleteAsync(conversationId, cancellationToken);

        public Task<int> DeleteIdleAsync(CancellationToken cancellationToken) => _inner.DeleteIdleAsync(cancellationToken);
    }
}
