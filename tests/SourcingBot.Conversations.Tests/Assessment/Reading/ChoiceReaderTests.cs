using SourcingBot.Conversations.Assessment.Reading;

namespace SourcingBot.Conversations.Tests.Assessment.Reading;

public sealed class ChoiceReaderTests
{
    [Theory]
    [InlineData("customer-support", "customer-support")]
    [InlineData("Customer support", "customer-support")]
    [InlineData("CUSTOMER SUPPORT!", "customer-support")]
    [InlineData("we need a call centre", "customer-support")]
    [InlineData("Software development and IT.", "software-development")]
    [InlineData("bookkeeping", "finance-accounting")]
    [InlineData("2", "software-development")]
    [InlineData("option 3", "finance-accounting")]
    [InlineData("two", "software-development")]
    [InlineData("the second one", "software-development")]
    [InlineData("2nd", "software-development")]
    [InlineData("the first", "customer-support")]
    [InlineData("the last one", "finance-accounting")]
    public void Read_SingleChoice_PicksTheOption(string text, string expected)
    {
        var result = ChoiceReader.Read(TestSteps.Function, text);

        result.IsAnswer.Should().BeTrue();
        result.Answer!.Options.Should().Equal(expected);
    }

    [Theory]
    [InlineData("cost and talent", new[] { "reduce-costs", "access-talent" })]
    [InlineData("reduce costs, access talent", new[] { "reduce-costs", "access-talent" })]
    [InlineData("Costs", new[] { "reduce-costs" })]
    [InlineData("talent, and also cheaper", new[] { "reduce-costs", "access-talent" })]
    [InlineData("1, 3", new[] { "reduce-costs", "access-talent" })]
    [InlineData("1,3", new[] { "reduce-costs", "access-talent" })]
    [InlineData("1 and 3", new[] { "reduce-costs", "access-talent" })]
    [InlineData("3 and 1", new[] { "reduce-costs", "access-talent" })]
    [InlineData("first and third", new[] { "reduce-costs", "access-talent" })]
    [InlineData("all", new[] { "reduce-costs", "focus-on-core", "access-talent", "scale-flexibly" })]
    [InlineData("All of them", new[] { "reduce-costs", "focus-on-core", "access-talent", "scale-flexibly" })]
    [InlineData("everything", new[] { "reduce-costs", "focus-on-core", "access-talent", "scale-flexibly" })]
    public void Read_MultipleChoice_PicksOptionsInStepOrder(string text, string[] expected)
    {
        var result = ChoiceReader.Read(TestSteps.Goals, text);

        result.IsAnswer.Should().BeTrue();
        result.Answer!.Options.Should().Equal(expected);
    }

    [Fact]
    public void Read_SeveralOptions_DisplaysLabelsJoined() =>
        ChoiceReader.Read(TestSteps.Goals, "talent and cost").Answer!.Display.Should().Be("Reduce costs, Access specialised talent");

    [Fact]
    public void Read_AllWithExclusiveOption_LeavesTheExclusiveOut() =>
        ChoiceReader.Read(TestSteps.Data, "all of them").Answer!.Options.Should().Equal("personal-data", "gdpr", "financial");

    [Fact]
    public void Read_ExclusiveOptionAlone_IsAnswer() =>
        ChoiceReader.Read(TestSteps.Data, "none").Answer!.Options.Should().Equal("none");

    [Theory]
    [InlineData("none, but some payments")]
    [InlineData("1 and 4")]
    public void Read_ExclusiveWithOthers_IsProblem(string text)
    {
        var result = ChoiceReader.Read(TestSteps.Data, text);

        result.IsAnswer.Should().BeFalse();
        result.Problem.Should().Contain("\"No sensitive data\"").And.Contain("\"Financial data\"");
    }

    [Theory]
    [InlineData("software and finance", "Pick one: Software development and IT or Finance and accounting?")]
    [InlineData("2 and 3", "Pick one: Software development and IT or Finance and accounting?")]
    [InlineData("all of them", "Pick one: Customer support, Software development and IT or Finance and accounting?")]
    public void Read_TwoOptionsForSingleChoice_AsksToPickOne(string text, string problem)
    {
        var result = ChoiceReader.Read(TestSteps.Function, text);

        result.IsAnswer.Should().BeFalse();
        result.Problem.Should().Be(problem);
    }

    [Fact]
    public void Read_PositionOutOfRange_IsProblem() =>
        ChoiceReader.Read(TestSteps.Function, "5").Problem.Should().Be("There are 3 options; pick a number from 1 to 3.");

    [Theory]
    [InlineData("asdf qwerty")]
    [InlineData("we have 40 people")]
    [InlineData("")]
    [InlineData("not at all sure what you mean")]
    public void Read_NoOption_IsNotAnswer(string text) =>
        ChoiceReader.Read(TestSteps.Goals, text).Should().Be(ReadResult.NotAnswer);

    [Theory]
    [InlineData("we want to outsource customer support to cut costs", "customer-support")]
    [InlineData("Our developers are too expensive", "software-development")]
    public void ReadMentioned_OptionInSentence_PicksIt(string text, string expected) =>
        ChoiceReader.ReadMentioned(TestSteps.Function, text).Answer!.Options.Should().Equal(expected);

    [Fact]
    public void ReadMentioned_SentenceWithGoals_PicksThem() =>
        ChoiceReader.ReadMentioned(TestSteps.Goals, "we want to outsource customer support to cut costs")
            .Answer!.Options.Should().Equal("reduce-costs");

    [Theory]
    [InlineData("2")]
    [InlineData("the second one")]
    [InlineData("all of them")]
    [InlineData("nothing in particular")]
    public void ReadMentioned_NumbersOrdinalsOrNothing_IsNotAnswer(string text) =>
        ChoiceReader.ReadMentioned(TestSteps.Function, text).Should().Be(ReadResult.NotAnswer);
}
