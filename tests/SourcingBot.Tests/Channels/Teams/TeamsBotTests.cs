using System.Net;
using System.Text.Json.Nodes;
using SourcingBot.Tests.Channels.Teams.Fakes;
using SourcingBot.Tests.Hosting;

namespace SourcingBot.Tests.Channels.Teams;

// Teams activities (real payloads from Samples/) through POST /api/messages in the test host, without
// credentials as with Agents Playground; normal delivery posts replies to a fake connector.
public sealed class TeamsBotTests(TeamsBotFixture bot) : IClassFixture<TeamsBotFixture>
{
    [Fact]
    public async Task ConversationUpdate_BotAddedToPersonalChat_SendsWelcomeCard()
    {
        var added = TeamsSamples.Fresh("conversation-update-personal");

        (await bot.Client.SendAsync(added)).Status.Should().Be(HttpStatusCode.OK);

        var welcome = bot.Connector.Sent(added.ConversationId()).Should().ContainSingle().Subject;
        welcome.Title().Should().Be("Hi, I'm SourcingBot");
        var card = welcome.Card()!;
        card.OfType("Action.Submit").Select(action => action["data"]?["text"]?.GetValue<string>()).OfType<string>()
            .Should().HaveCountGreaterThanOrEqualTo(3).And.HaveCountLessThanOrEqualTo(5, "3-5 examples to try");
        card.OfType("FactSet").Single()["facts"]!.AsArray().Select(fact => fact!["title"]!.GetValue<string>())
            .Should().Equal("help", "define <term>", "compare <a> and <b>", "recommend", "reset", "forget me");
        card["fallbackText"]!.GetValue<string>().Should().Contain("SourcingBot");
    }

    [Fact]
    public async Task ConversationUpdate_BotAddedToTeam_IntroducesItselfOnceMentioningWhoAddedIt()
    {
        var added = TeamsSamples.Fresh("conversation-update-team");

        await bot.Client.SendAsync(added);

        var introduction = bot.Connector.Sent(added.ConversationId()).Should().ContainSingle().Subject;
        introduction["text"]!.GetValue<string>().Should().StartWith("Hi everyone, <at>Ada Lovelace</at> added me to this team.");
        var mention = introduction["entities"]!.AsArray().Should().ContainSingle().Subject!;
        mention["type"]!.GetValue<string>().Should().Be("mention");
        mention["mentioned"]!["id"]!.GetValue<string>().Should().Be(added["from"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task ConversationUpdate_BotAndMembersAddedToGroupChat_SendsOneIntroductionAndLooksUpNoMember()
    {
        var added = TeamsSamples.Fresh("conversation-update-groupchat");

        await bot.Client.SendAsync(added);

        bot.Connector.Sent(added.ConversationId()).Should().ContainSingle()
            .Which["text"]!.GetValue<string>().Should().Contain("added me to this chat");
        bot.Connector.Calls.Where(call => call.ConversationId == added.ConversationId())
            .Should().OnlyContain(call => call.Method == HttpMethod.Post, "members are not looked up one by one");
    }

    [Fact]
    public async Task ConversationUpdate_OnlyOtherMembersAdded_SendsNothing()
    {
        var added = TeamsSamples.Fresh("conversation-update-groupchat");
        added["membersAdded"]!.AsArray().RemoveAt(0);

        await bot.Client.SendAsync(added);

        bot.Connector.Calls.Should().NotContain(call => call.ConversationId == added.ConversationId());
    }

    [Fact]
    public async Task InstallationUpdate_AfterConversationUpdate_WelcomesOnce()
    {
        var added = TeamsSamples.Fresh("conversation-update-personal");
        var installed = TeamsSamples.Load("installation-update-add").In(added);

        await bot.Client.SendAsync(added);
        await bot.Client.SendAsync(installed);

        bot.Connector.Sent(added.ConversationId()).Should().ContainSingle();
    }

    [Fact]
    public async Task InstallationUpdate_Alone_SendsWelcomeCard()
    {
        var installed = TeamsSamples.Fresh("installation-update-add");

        await bot.Client.SendAsync(installed);

        bot.Connector.Sent(installed.ConversationId()).Should().ContainSingle().Which.Title().Should().Be("Hi, I'm SourcingBot");
    }

    [Fact]
    public async Task Message_WithoutWelcome_GreetsOnceBeforeTheAnswer()
    {
        var first = TeamsSamples.Fresh("message-personal");

        var replies = await bot.Client.AskAsync(first);
        var again = await bot.Client.AskAsync(TeamsSamples.Load("message-personal").In(first).Text("what is offshoring?"));

        replies.Should().HaveCount(2);
        replies[0]["text"]!.GetValue<string>().Should().StartWith("Hi, I'm SourcingBot.");
        replies[1].Title().Should().Be("What is nearshoring?");
        again.Should().ContainSingle().Which.Title().Should().Be("What is offshoring?");
    }

    [Fact]
    public async Task Message_InChannel_StripsOnlyTheBotsMentionAndRepliesInTheThread()
    {
        var message = TeamsSamples.Fresh("message-channel-mention");
        var thread = message.ConversationId();
        var messageId = message["id"]!.GetValue<string>();

        (await bot.Client.SendAsync(message)).Status.Should().Be(HttpStatusCode.OK);

        var calls = bot.Connector.Calls.Where(call => call.ConversationId == thread).ToArray();
        calls.Should().NotBeEmpty().And.OnlyContain(call => call.Path == $"/emea/v3/conversations/{thread}/activities/{messageId}");
        var sent = bot.Connector.Sent(thread);
        sent.Should().OnlyContain(reply => reply["replyToId"]!.GetValue<string>() == messageId);
        sent.Select(reply => reply.Title()).Should().Contain("What is nearshoring?");
    }

    [Fact]
    public async Task Message_ExpectReplies_ReturnsTheRepliesInTheResponseAndPostsNothing()
    {
        var message = TeamsSamples.Fresh("message-personal").Text("compare nearshore outsourcing and a captive centre");

        var replies = await bot.Client.AskAsync(message);

        replies.Select(reply => reply.Title()).Should().Contain(title => title != null && title.Contains(" vs ", StringComparison.Ordinal));
        bot.Connector.Calls.Should().NotContain(call => call.ConversationId == message.ConversationId());
    }

    [Fact]
    public async Task Message_FastTurn_SendsNoTypingIndicator()
    {
        var message = TeamsSamples.Fresh("message-personal");

        await bot.Client.SendAsync(message);

        bot.Connector.Sent(message.ConversationId()).Should().NotContain(reply => reply.IsTyping());
    }

    [Fact]
    public async Task CardSubmit_AskButton_AnswersThatEntry()
    {
        var click = TeamsSamples.Fresh("message-card-submit")
            .Submit(new JsonObject { ["action"] = "ask", ["entryId"] = "define-offshoring", ["label"] = "What is offshoring?" });

        var replies = await bot.Client.AskAsync(click);

        replies.Select(reply => reply.Title()).Should().Contain("What is offshoring?");
    }

    [Fact]
    public async Task CardSubmit_TextField_IsReadAsTyped()
    {
        var submit = TeamsSamples.Fresh("message-card-submit")
            .Submit(new JsonObject { ["step"] = "team-size", ["text"] = "what is nearshoring?" });

        var replies = await bot.Client.AskAsync(submit);

        replies.Select(reply => reply.Title()).Should().Contain("What is nearshoring?");
    }

    [Fact]
    public async Task CardSubmit_DropDownChoice_SendsTheChosenAction()
    {
        var submit = TeamsSamples.Fresh("message-card-submit")
            .Submit(new JsonObject { ["choice"] = """{"action":"ask","entryId":"define-offshoring","label":"What is offshoring?"}""" });

        var replies = await bot.Client.AskAsync(submit);

        replies.Select(reply => reply.Title()).Should().Contain("What is offshoring?");
    }

    [Fact]
    public async Task Message_WithoutText_SaysItReadsText()
    {
        var picture = TeamsSamples.Fresh("message-personal").Text(string.Empty);

        var replies = await bot.Client.AskAsync(picture);

        replies[^1]["text"]!.GetValue<string>().Should().Contain("I can only read text");
    }

    [Theory]
    [InlineData("help", "I can help you decide how to source work")]
    [InlineData("define nearshoring", "What is nearshoring?")]
    [InlineData("compare nearshore outsourcing and a captive centre", " vs ")]
    [InlineData("recommend", "Question 1 of 13")]
    [InlineData("forget me", "erased everything stored about this conversation")]
    public async Task Message_ManifestCommand_GetsItsAnswer(string command, string expected)
    {
        var replies = await bot.Client.AskAsync(TeamsSamples.Fresh("message-personal").Text(command));

        string.Join("\n", replies.Select(reply => reply.Text())).Should().Contain(expected);
    }

    [Fact]
    public async Task Message_Reset_RestartsTheAssessment()
    {
        var first = TeamsSamples.Fresh("message-personal").Text("recommend");
        await bot.Client.AskAsync(first);

        var replies = await bot.Client.AskAsync(TeamsSamples.Load("message-personal").In(first).Text("reset"));

        string.Join("\n", replies.Select(reply => reply.Text())).Should().Contain("Starting again from the first question").And.Contain("Question 1 of 13");
    }

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public async Task Assessment_InSharedScope_WarnsThatOthersReadAlongAndLinksToThePrivateChat(string conversationType)
    {
        var message = TeamsSamples.Fresh("message-channel-mention");
        if (conversationType == "groupChat")
        {
            var group = TeamsSamples.Fresh("conversation-update-groupchat");
            message["conversation"] = group["conversation"]!.DeepClone();
            message["channelData"] = group["channelData"]!.DeepClone();
        }

        message["text"] = "<at>SourcingBot</at> recommend";

        var replies = await bot.Client.AskAsync(message);

        var intro = replies.First(reply => reply.Title() == "Let's find the right sourcing strategy");
        intro.Text().Should().Contain("Everyone in this conversation can read your answers");
        intro.Card()!.OfType("Action.OpenUrl").Should().ContainSingle()
            .Which["url"]!.GetValue<string>().Should().Be($"https://teams.microsoft.com/l/chat/0/0?users={Uri.EscapeDataString(TeamsSamples.BotId)}");
    }

    [Fact]
    public async Task Message_SlowTurn_ShowsTypingWhileItWorks()
    {
        var connector = new FakeConnector();
        await using var factory = ObservedTurnHandler.Install(TeamsBotFixture.Configure(new BotFactory(), connector));
        var client = new TeamsClient(factory.CreateClient());
        var engine = ObservedTurnHandler.Of(factory);
        var message = TeamsSamples.Fresh("message-personal");
        engine.Hold();
        connector.Recorded += call =>
        {
            if (call.Body?.IsTyping() == true)
            {
                engine.Release();
            }
        };

        // The held turn goes on only once "typing…" reached Teams: without it the request would never end.
        var response = await client.SendAsync(message).WaitAsync(TimeSpan.FromSeconds(60));

        response.Status.Should().Be(HttpStatusCode.OK);
        var sent = connector.Sent(message.ConversationId());
        sent[0].IsTyping().Should().BeTrue();
        sent.Skip(1).Select(reply => reply.Title()).Should().Contain("What is nearshoring?");
    }

    [Fact]
    public async Task Message_TypingDelayZero_ShowsTypingBeforeTheAnswer()
    {
        var connector = new FakeConnector();
        await using var factory = TeamsBotFixture.Configure(new BotFactory().With("Teams:TypingDelay", "00:00:00"), connector);
        var message = TeamsSamples.Fresh("message-personal");

        await new TeamsClient(factory.CreateClient()).SendAsync(message);

        var sent = connector.Sent(message.ConversationId());
        sent[0].IsTyping().Should().BeTrue();
        sent.Skip(1).Should().NotContain(reply => reply.IsTyping());
    }
}
