using SourcingBot.Conversations.State;
using SourcingBot.Conversations.Turns;

namespace SourcingBot.Conversations.Tests.Engine;

public sealed class AssessmentEngineTests
{
    [Fact]
    public async Task Start_VolunteeredAnswers_AreNotAskedAgain()
    {
        var chat = new ConversationHarness();

        await chat.Send("I'd like a recommendation for outsourcing our customer support to cut costs");

        chat.Replies[0].Text.Should().Contain("Customer support").And.Contain("Reduce costs");
        chat.AskedStep.Should().Be("coreness");
    }

    [Fact]
    public async Task Start_SuggestionButton_StartsTheAssessment()
    {
        var chat = new ConversationHarness();
        await chat.Send("what is nearshoring?");
        var start = chat.Reply.Suggestions.Should().ContainSingle(s => s.Value[ActionValues.ActionKey] == ActionValues.Assess).Subject;

        await chat.Click(start);

        chat.AskedStep.Should().Be("goals");
        chat.Last.Prompt!.Position.Should().Be(1);
        chat.Last.Prompt.Count.Should().Be(13);
        chat.Last.Prompt.MultiSelect.Should().BeTrue();
    }

    [Theory]
    [InlineData("which should we choose?")]
    [InlineData("recommend")]
    [InlineData("Can you help me decide?")]
    public async Task Start_OwnWords_StartTheAssessment(string text)
    {
        var chat = new ConversationHarness();

        await chat.Send(text);

        chat.AskedStep.Should().Be("goals");
    }

    [Fact]
    public async Task Start_InASharedConversation_WarnsThatOthersReadAlongAndOffersAPrivateChat()
    {
        var engine = new ConversationHarness().Engine;

        var shared = await engine.HandleAsync(new IncomingTurn("test", "group-1", "user", "recommend", Scope: ConversationScope.Shared), CancellationToken.None);
        var personal = await engine.HandleAsync(new IncomingTurn("test", "one-to-one", "user", "recommend"), CancellationToken.None);

        shared.Replies[0].Text.Should().Contain("Everyone in this conversation can read your answers");
        shared.Replies[0].Suggestions.Should().ContainSingle(s => s.Value[ActionValues.ActionKey] == ActionValues.Private);
        personal.Replies[0].Text.Should().NotContain("Everyone in this conversation");
        shared.Replies[^1].Prompt!.StepId.Should().Be("goals", "the assessment still runs where it was asked");
    }

    [Fact]
    public async Task ConcurrentTurns_InOneConversation_AreAllReflected()
    {
        var chat = new ConversationHarness();
        await chat.Send("recommend");
        var buttons = new[]
        {
            ActionValues.AnswerStep("function", "software-development"),
            ActionValues.AnswerStep("coreness", "support-function"),
            ActionValues.AnswerStep("overlap", "few-hours"),
            ActionValues.AnswerStep("data", "none"),
        };

        await Task.WhenAll(buttons.Select(value => Task.Run(() => chat.Engine.HandleAsync(
            new IncomingTurn("test", chat.ConversationId, "user", "button", value), CancellationToken.None).AsTask())));

        var stored = await chat.Store.LoadAsync(chat.ConversationId, CancellationToken.None);
        var state = DialogStateSerializer.Deserialize(stored!.State)!;
        state.Assessment!.Answers.Keys.Should().BeEquivalentTo(["function", "coreness", "overlap", "data"]);
        stored.Version.Should().Be(1 + buttons.Length);
    }

    [Fact]
    public async Task StoredStateThatCannotBeRead_StartsAfreshInsteadOfFailing()
    {
        var chat = new ConversationHarness();
        await chat.Store.SaveAsync(chat.ConversationId, "{not json", 0, CancellationToken.None);

        await chat.Send("recommend");

        chat.AskedStep.Should().Be("goals");
    }

    [Fact]
    public async Task QuestionsOnly_StoreNothing()
    {
        var chat = new ConversationHarness();

        await chat.Send("what is offshoring?");
        await chat.Send("compare nearshore and offshore outsourcing");

        (await chat.Store.LoadAsync(chat.ConversationId, CancellationToken.None)).Should().BeNull();
    }

    [Fact]
    public async Task AnswerButton_AfterTheAssessmentEnded_SaysSoAndOffersToStart()
    {
        var chat = new ConversationHarness();

        await chat.Click(ActionValues.AnswerStep("function", "software-development"));

        chat.Reply.Text.Should().Contain("not in the middle of an assessment");
        chat.Reply.Suggestions.Should().Contain(s => s.Value[ActionValues.ActionKey] == ActionValues.Assess);
    }

    [Fact]
    public async Task SingleChoice_TwoOptions_AsksToPickOne()
    {
        var chat = new ConversationHarness();
        await chat.Send("recommend");
        await chat.Send("reduce costs");

        await chat.Send("customer support and manufacturing");

        chat.AskedStep.Should().Be("function");
        chat.Last.Text.Should().NotContain("couldn't read");
    }

    [Fact]
    public async Task Choices_AcceptNumbersAndOrdinals()
    {
        var chat = new ConversationHarness();
        await chat.Send("recommend");

        await chat.Send("1 and 3");
        chat.AskedStep.Should().Be("function");
        await chat.Send("the second one");

        chat.AskedStep.Should().Be("coreness");
        var state = DialogStateSerializer.Deserialize((await chat.Store.LoadAsync(chat.ConversationId, CancellationToken.None))!.State)!;
        state.Assessment!.Answers["goals"].Options.Should().Equal("reduce-costs", "access-talent");
        state.Assessment.Answers["function"].Options.Should().Equal("software-development");
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task Recommendation_FromFreeTextAnswers_MatchesTheSourcedHeuristic(string[] answers, string expectedTitle)
    {
        var chat = new ConversationHarness();
        await chat.Send("recommend");
        foreach (var answer in answers)
        {
            await chat.Send(answer);
        }

        chat.Last.Kind.Should().Be(ReplyKind.Summary, $"all answers should have been read; the last reply says: {chat.Last.Text}");
        await chat.Send("yes");

        chat.Replies[0].Kind.Should().Be(ReplyKind.Recommendation);
        chat.Replies[0].Title.Should().Be($"Recommended: {expectedTitle}");
    }

    public static TheoryData<string[], string> Profiles() => new()
    {
        // A US software company that needs daily real-time collaboration: nearshore (bestarion-nearshore-offshore).
        {
            ["access talent and reduce costs", "software development", "important but not what sets us apart", "yes", "15 developers",
                "300 employees", "skip", "within 4 months", "New York", "daily real-time collaboration", "no", "no", "no"],
            "Nearshore outsourcing"
        },

        // A 6-person startup outsourcing non-core support, cost first, asynchronous: offshore outsourcing.
        {
            ["cut costs", "customer support", "a support function", "yes", "3 people", "6", "skip", "in 2 months", "Boston",
                "asynchronous is fine", "nothing sensitive", "no", "no"],
            "Offshore outsourcing"
        },
    };
}
