using SourcingBot.Conversations.Assessment.Reading;

namespace SourcingBot.Conversations.Tests.Assessment.Reading;

public sealed class DurationReaderTests
{
    [Theory]
    [InlineData("within 3 months", 3, "3 months")]
    [InlineData("2 weeks", 0.46, "2 weeks")]
    [InlineData("in six months", 6, "6 months")]
    [InlineData("change the timeline to 6 months", 6, "6 months")]
    [InlineData("by next March", 3.03, "3 months")]
    [InlineData("by Q2 next year", 4.1, "4 months")]
    [InlineData("Q2 next year", 7.07, "7 months")]
    [InlineData("in 100 days", 3.3, "about 3 months")]
    [InlineData("in 125 days", 4.16, "about 4 months")]
    [InlineData("in 1 year", 12, "12 months")]
    [InlineData("within a month", 1, "1 month")]
    [InlineData("in half a year", 6, "6 months")]
    [InlineData("within half a year", 6, "6 months")]
    [InlineData("in a year and a half", 18, "18 months")]
    [InlineData("in a month and a half", 1.49, "about 1 month")]
    public void Read_TimeOrDate_GivesMonthsFromToday(string text, double months, string display)
    {
        var result = DurationReader.Read(text, TestSteps.Today);

        result.Answer!.Number.Should().Be((decimal)months);
        result.Answer.Display.Should().Be(display);
    }

    [Theory]
    [InlineData("asap")]
    [InlineData("ASAP please")]
    [InlineData("immediately")]
    [InlineData("right away")]
    [InlineData("now")]
    [InlineData("we needed it yesterday")]
    public void Read_AsSoonAsPossible_IsZeroMonths(string text)
    {
        var result = DurationReader.Read(text, TestSteps.Today);

        result.Answer!.Number.Should().Be(0);
        result.Answer.Display.Should().Be("as soon as possible");
    }

    [Theory]
    [InlineData("no rush")]
    [InlineData("no deadline")]
    [InlineData("whenever")]
    [InlineData("it's not urgent")]
    public void Read_NoDeadline_IsTwelveMonths(string text)
    {
        var result = DurationReader.Read(text, TestSteps.Today);

        result.Answer!.Number.Should().Be(12);
        result.Answer.Display.Should().Be("no fixed deadline (12+ months)");
    }

    [Theory]
    [InlineData("by January 2025")]
    [InlineData("last March")]
    public void Read_DateInThePast_IsProblem(string text)
    {
        var result = DurationReader.Read(text, TestSteps.Today);

        result.IsAnswer.Should().BeFalse();
        result.Problem.Should().StartWith("That's already in the past");
    }

    [Theory]
    [InlineData("as cheap as possible")]
    [InlineData("next spring")]
    public void Read_NoTimeOrUnresolved_IsNotAnswer(string text) => DurationReader.Read(text, TestSteps.Today).Should().Be(ReadResult.NotAnswer);
}
