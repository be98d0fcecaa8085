using SourcingBot.Channels.Discord.Rendering;
using SourcingBot.Conversations.Turns;

namespace SourcingBot.Tests.Channels.Discord.Rendering;

public sealed class CustomIdsTests
{
    public static TheoryData<string, Dictionary<string, string>> Actions => new()
    {
        { "answer", new(ActionValues.AnswerStep("goals", "reduce-costs", "access-talent")) },
        { "command", new(ActionValues.RunCommand(DialogCommand.Back)) },
        { "change", new(ActionValues.RunCommand(DialogCommand.Change, "team-size")) },
        { "ask", new(ActionValues.AskEntry("define-nearshoring")) },
        { "compare", new(ActionValues.CompareStrategies("in-house", "captive-centre")) },
        { "assess", new(ActionValues.StartAssessment) },
        { "none", new(ActionValues.NoneOfThese) },
    };

    [Theory]
    [MemberData(nameof(Actions))]
    public void ForAction_ThenDecode_GivesBackTheSameValue(string kind, Dictionary<string, string> value)
    {
        var customId = CustomIds.ForAction(new ReplyAction(kind, value));

        customId.Should().NotBeNull().And.Subject.Length.Should().BeLessThanOrEqualTo(100);
        var decoded = CustomIds.Decode(customId, null);
        decoded!.Kind.Should().Be(ClickKind.Turn);
        decoded.Value.Should().BeEquivalentTo(value);
    }

    [Fact]
    public void ForAction_TooLongOrWithSeparator_CannotBeEncoded()
    {
        CustomIds.ForAction(new ReplyAction("x", ActionValues.AskEntry(new string('e', 120)))).Should().BeNull();
        CustomIds.ForAction(new ReplyAction("x", ActionValues.AskEntry("a:b"))).Should().BeNull();
        CustomIds.ForAction(new ReplyAction("x", new Dictionary<string, string> { ["action"] = "dance" })).Should().BeNull();
    }

    [Fact]
    public void Decode_SelectValues_AnswerTheStepWithAllOfThem()
    {
        var decoded = CustomIds.Decode("s:goals", ["reduce-costs", "scale-flexibly"]);

        decoded!.Value.Should().BeEquivalentTo(ActionValues.AnswerStep("goals", "reduce-costs", "scale-flexibly"));
        decoded.AdvancesFlow.Should().BeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("zz")]
    [InlineData("a:goals")]
    [InlineData("s:goals")]
    [InlineData("f:team-size")]
    public void Decode_UnknownOrIncomplete_IsNull(string? customId) =>
        CustomIds.Decode(customId, null).Should().BeNull();
}
