using SourcingBot.Conversations.Assessment.Reading;
using SourcingBot.Knowledge.Assessment;

namespace SourcingBot.Conversations.Tests.Assessment.Reading;

public sealed class AnswerReaderTests
{
    public static TheoryData<string, string, string> Answers => new()
    {
        { "goals", "cost and talent", "Reduce costs, Access specialised talent" },
        { "function", "the second one", "Software development and IT" },
        { "requirements", "yes, we have clear service levels", "Yes" },
        { "team-size", "about forty people", "40 people" },
        { "budget", "$250k a year", "USD 250,000" },
        { "start", "within 3 months", "3 months" },
        { "headquarters", "we're based in Berlin", "Berlin (Europe/Berlin)" },
        { "data", "none", "No sensitive data" },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public void Read_EachKind_UsesItsReader(string stepId, string text, string display) =>
        AnswerReader.Read(TestSteps.Definition.FindStep(stepId)!, text, TestSteps.Today).Answer!.Display.Should().Be(display);

    [Fact]
    public void Read_Percentage_UsesPercentageReader() =>
        AnswerReader.Read(TestSteps.Offshore, "about 30 percent", TestSteps.Today).Answer!.Display.Should().Be("30%");

    [Theory]
    [InlineData("  we mostly need weekend cover  ", "we mostly need weekend cover")]
    [InlineData("x", "x")]
    public void Read_FreeText_TrimsIt(string text, string expected)
    {
        var answer = AnswerReader.Read(TestSteps.Notes, text, TestSteps.Today).Answer!;

        answer.Text.Should().Be(expected);
        answer.Display.Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Read_EmptyFreeText_IsNotAnswer(string text) =>
        AnswerReader.Read(TestSteps.Notes, text, TestSteps.Today).Should().Be(ReadResult.NotAnswer);

    [Fact]
    public void Read_FreeTextOver500Characters_IsProblem()
    {
        var result = AnswerReader.Read(TestSteps.Notes, new string('a', 501), TestSteps.Today);

        result.IsAnswer.Should().BeFalse();
        result.Problem.Should().Contain("500 characters");
    }

    [Fact]
    public void Read_FreeTextOf500Characters_IsAnswer() =>
        AnswerReader.Read(TestSteps.Notes, new string('a', 500), TestSteps.Today).IsAnswer.Should().BeTrue();

    [Theory]
    [InlineData("function", "we want to outsource customer support to cut costs", "customer-support")]
    [InlineData("goals", "we want to outsource customer support to cut costs", "reduce-costs")]
    public void ReadMentioned_ChoiceInSentence_PicksOption(string stepId, string text, string expected) =>
        AnswerReader.ReadMentioned(TestSteps.Definition.FindStep(stepId)!, text).Answer!.Options.Should().Equal(expected);

    [Fact]
    public void ReadMentioned_PlaceInSentence_PicksZone() =>
        AnswerReader.ReadMentioned(TestSteps.Headquarters, "we're a 40-person firm in Munich").Answer!.Text.Should().Be("Europe/Berlin");

    [Theory]
    [InlineData("team-size", "we're a 40-person firm in Munich")]
    [InlineData("function", "2")]
    [InlineData("overlap", "the first one")]
    public void ReadMentioned_NumbersOrOtherKinds_IsNotAnswer(string stepId, string text) =>
        AnswerReader.ReadMentioned(TestSteps.Definition.FindStep(stepId)!, text).Should().Be(ReadResult.NotAnswer);

    [Fact]
    public void ReadResult_Helpers_SetTheirMembers()
    {
        var answer = new StepAnswer { Flag = true, Display = "Yes" };

        ReadResult.Read(answer).Should().Be(new ReadResult(answer, null));
        ReadResult.Read(answer).IsAnswer.Should().BeTrue();
        ReadResult.Rejected("Pick one.").Should().Be(new ReadResult(null, "Pick one."));
        ReadResult.NotAnswer.IsAnswer.Should().BeFalse();
        ReadResult.NotAnswer.Problem.Should().BeNull();
    }
}
