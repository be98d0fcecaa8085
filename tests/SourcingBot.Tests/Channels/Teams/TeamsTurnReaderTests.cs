using System.Text.Json.Nodes;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SourcingBot.Channels.Teams;
using SourcingBot.Conversations.Turns;
using SourcingBot.Tests.Channels.Teams.Fakes;

namespace SourcingBot.Tests.Channels.Teams;

// Golden Teams activities read through Bot Builder's own JSON settings: the SDK keeps mentions and
// channel data as JSON extension data, so only a real round trip shows what the reader gets.
public sealed class TeamsTurnReaderTests
{
    [Fact]
    public void Read_ChannelMessageWithMentions_RemovesOnlyTheBotsMention()
    {
        var turn = TeamsTurnReader.Read(Parse(TeamsSamples.Load("message-channel-mention")))!;

        turn.Text.Should().Be("what is nearshoring? cc Grace Hopper");
        turn.Value.Should().BeNull();
        turn.Scope.Should().Be(ConversationScope.Shared);
        turn.Channel.Should().Be("teams");
        turn.ConversationId.Should().Be("teams:19:0c3a5f1d2e8b4a7c9f6e5d4c3b2a1908@thread.tacv2;messageid=1763633703123");
        turn.UserId.Should().Be("6b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8");
    }

    [Fact]
    public void Read_PersonalMessage_IsPersonal()
    {
        var turn = TeamsTurnReader.Read(Parse(TeamsSamples.Load("message-personal")))!;

        turn.Text.Should().Be("what is nearshoring?");
        turn.Scope.Should().Be(ConversationScope.Personal);
    }

    [Fact]
    public void Read_GroupChatMessage_IsShared()
    {
        var activity = TeamsSamples.Load("message-personal");
        activity["conversation"] = new JsonObject { ["isGroup"] = true, ["conversationType"] = "groupChat", ["id"] = "19:chat@thread.v2" };

        TeamsTurnReader.Read(Parse(activity))!.Scope.Should().Be(ConversationScope.Shared);
    }

    [Fact]
    public void Read_MultiSelectSubmit_IsTheEnginesAnswerValue()
    {
        var turn = TeamsTurnReader.Read(Parse(TeamsSamples.Load("message-card-submit")))!;

        turn.Text.Should().BeNull();
        turn.Value.Should().BeEquivalentTo(ActionValues.AnswerStep("goals", "reduce-costs", "access-talent"));
    }

    [Fact]
    public void Read_ButtonWithLabel_LabelBecomesTheText()
    {
        var turn = Submit(new JsonObject { ["action"] = "command", ["command"] = "why", ["label"] = "Why do you ask?" });

        turn.Text.Should().Be("Why do you ask?");
        turn.Value.Should().BeEquivalentTo(ActionValues.RunCommand(DialogCommand.Why));
    }

    [Fact]
    public void Read_TextField_IsReadAsTyped()
    {
        var turn = Submit(new JsonObject { ["step"] = "budget", ["text"] = " $250k a year " });

        turn.Text.Should().Be("$250k a year");
        turn.Value.Should().BeNull();
    }

    [Fact]
    public void Read_NumberField_IsReadAsTyped()
    {
        var turn = Submit(new JsonObject { ["step"] = "team-size", ["text"] = 40 });

        turn.Text.Should().Be("40");
    }

    [Fact]
    public void Read_DropDown_IsTheChosenActionValue()
    {
        var turn = Submit(new JsonObject { ["choice"] = """{"action":"command","command":"change","step":"budget","label":"Change: Annual budget"}""" });

        turn.Text.Should().Be("Change: Annual budget");
        turn.Value.Should().BeEquivalentTo(ActionValues.RunCommand(DialogCommand.Change, "budget"));
    }

    [Fact]
    public void Read_NeitherTextNorValue_IsNothing()
    {
        var activity = TeamsSamples.Load("message-personal");
        activity["text"] = "<at>SourcingBot</at>";
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>SourcingBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = TeamsSamples.BotId, ["name"] = "SourcingBot" },
        });

        TeamsTurnReader.Read(Parse(activity)).Should().BeNull();
    }

    [Fact]
    public void WelcomeKey_ChannelThread_IsTheTeam()
    {
        TeamsTurnReader.WelcomeKey(Parse(TeamsSamples.Load("message-channel-mention")))
            .Should().Be("19:7f6e5d4c3b2a19080c3a5f1d2e8b4a7c@thread.tacv2");
    }

    [Fact]
    public void WelcomeKey_WithoutTeam_IsTheConversationWithoutTheThread()
    {
        var activity = TeamsSamples.Load("message-channel-mention");
        activity.Remove("channelData");

        TeamsTurnReader.WelcomeKey(Parse(activity)).Should().Be("19:0c3a5f1d2e8b4a7c9f6e5d4c3b2a1908@thread.tacv2");
    }

    private static IncomingTurn Submit(JsonObject value) =>
        TeamsTurnReader.Read(Parse(TeamsSamples.Load("message-card-submit").Submit(value)))!;

    private static Activity Parse(JsonObject json)
    {
        using var reader = new JsonTextReader(new StringReader(json.ToJsonString()));
        return HttpHelper.BotMessageSerializer.Deserialize<Activity>(reader)!;
    }
}
