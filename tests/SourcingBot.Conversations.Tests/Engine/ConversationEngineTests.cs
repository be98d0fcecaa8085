using SourcingBot.Conversations.Turns;

namespace SourcingBot.Conversations.Tests.Engine;

public sealed class ConversationEngineTests
{
    [Fact]
    public async Task HandleAsync_Question_AnswersWithSourcesFollowUpsAndAWayForward()
    {
        var chat = await new ConversationHarness().Send("what is offshoring?");

        var reply = chat.Reply;
        reply.Kind.Should().Be(ReplyKind.Answer);
        reply.Topic.Should().Be("define-offshoring");
        reply.Sources.Should().NotBeEmpty();
        reply.Suggestions.Count.Should().BeInRange(2, 4);
        reply.Suggestions[^1].Value[ActionValues.ActionKey].Should().Be(ActionValues.Assess, "every answer offers a way forward: the guided assessment");
    }

    [Fact]
    public async Task HandleAsync_FollowUpClicked_AnswersThatEntryWithFullConfidence()
    {
        var chat = await new ConversationHarness().Send("what is offshoring?");
        var suggestion = chat.Reply.Suggestions[0];

        await chat.Click(suggestion);

        chat.Reply.Title.Should().Be(suggestion.Label);
        chat.Reply.Confidence.Should().Be(1.0);
    }

    [Fact]
    public async Task HandleAsync_AnswerWithFigures_ShowsEachFigureWithPublisherAndYear()
    {
        var chat = await new ConversationHarness().Send("how much money does outsourcing really save?");

        var table = chat.Reply.Table!;
        table.Columns.Should().Equal("Figure", "What it shows", "Source");
        table.Rows.Should().NotBeEmpty().And.OnlyContain(row => System.Text.RegularExpressions.Regex.IsMatch(row[2], @"\((\d{4}|n\.d\.)\)$"));
    }

    [Fact]
    public async Task HandleAsync_CompareInFreeText_ReturnsComparisonOfBothStrategies()
    {
        var chat = await new ConversationHarness().Send("staff augmentation vs build-operate-transfer");

        chat.Reply.Kind.Should().Be(ReplyKind.Comparison);
        chat.Reply.Table!.Columns.Should().Equal("", "Staff augmentation", "Build-operate-transfer");
    }

    [Fact]
    public async Task HandleAsync_CompareButton_ReturnsTheSameComparison()
    {
        var chat = await new ConversationHarness()
            .Click(new ReplyAction("compare", ActionValues.CompareStrategies("in-house", "offshore-outsourcing")));

        chat.Reply.Kind.Should().Be(ReplyKind.Comparison);
        chat.Reply.Table!.Rows.Should().HaveCount(9);
    }

    [Fact]
    public async Task HandleAsync_TwoQuestionsInOneMessage_AnswersBoth()
    {
        var chat = await new ConversationHarness().Send("What is nearshoring? And what are the risks of offshoring?");

        chat.Replies.Select(reply => reply.Topic).Should().Equal("define-nearshoring", "risks-offshoring");
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("thanks!")]
    [InlineData("who are you?")]
    public async Task HandleAsync_SmallTalk_RepliesAsAMessageWithSuggestions(string text)
    {
        var chat = await new ConversationHarness().Send(text);

        chat.Reply.Kind.Should().Be(ReplyKind.Message);
        chat.Reply.Topic.Should().Be("chit-chat");
        chat.Reply.Suggestions.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("how do I open an offshore bank account")]
    [InlineData("offshore drilling jobs")]
    [InlineData("Microsoft stock price")]
    [InlineData("xyzzy plugh")]
    public async Task HandleAsync_OffTopic_DeclinesPolitelyAndSaysWhatItCanDo(string text)
    {
        var chat = await new ConversationHarness().Send(text);

        chat.Reply.Kind.Should().Be(ReplyKind.Decline);
        chat.Reply.Topic.Should().Be("off-topic");
        chat.Reply.Text.Should().Contain("outsourcing");
        chat.Reply.Suggestions.Should().NotBeEmpty();
    }

    [Fact]
    public async Task HandleAsync_NoneOfTheseClicked_AsksToRephraseWithSuggestions()
    {
        var chat = await new ConversationHarness().Click(new ReplyAction("None of these", ActionValues.NoneOfThese));

        chat.Reply.Text.Should().Contain("rephrase");
        chat.Reply.Suggestions.Should().NotBeEmpty();
    }

    [Fact]
    public async Task HandleAsync_ExpiredButtonWithoutText_SaysSoAndOffersSuggestions()
    {
        var chat = await new ConversationHarness().Click(new ReplyAction("", ActionValues.AskEntry("no-such-entry")));

        chat.Reply.Text.Should().Contain("expired");
        chat.Reply.Suggestions.Should().NotBeEmpty();
    }
}
