using SourcingBot.Conversations.Assessment.Reading;

namespace SourcingBot.Conversations.Tests.Assessment.Reading;

public sealed class NumberReaderTests
{
    [Theory]
    [InlineData("about forty people", 40, "40 people")]
    [InlineData("40", 40, "40 people")]
    [InlineData("40-50", 45, "45 people")]
    [InlineData("between 30 and 50", 40, "40 people")]
    [InlineData("a dozen", 12, "12 people")]
    [InlineData("1.5k", 1500, "1,500 people")]
    [InlineData("2,000", 2000, "2,000 people")]
    [InlineData("make the team 25 people", 25, "25 people")]
    public void Read_Number_ReadsItWithUnit(string text, int number, string display)
    {
        var result = NumberReader.Read(TestSteps.TeamSize, text);

        result.Answer!.Number.Should().Be(number);
        result.Answer.Display.Should().Be(display);
    }

    [Fact]
    public void Read_ThousandsWithOtherUnit_UsesInvariantSeparators() =>
        NumberReader.Read(TestSteps.CompanySize, "around 2000 employees").Answer!.Display.Should().Be("2,000 employees");

    [Fact]
    public void Read_AboveMaximum_IsProblem() =>
        NumberReader.Read(TestSteps.TeamSize, "250000").Problem.Should().Be("That's more than 100,000 people; what's the number?");

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void Read_BelowMinimum_IsProblem(string text) =>
        NumberReader.Read(TestSteps.TeamSize, text).Problem.Should().Be("It needs to be at least 1; what's the number?");

    [Theory]
    [InlineData("lots")]
    [InlineData("no idea")]
    public void Read_NoNumber_IsNotAnswer(string text) => NumberReader.Read(TestSteps.TeamSize, text).Should().Be(ReadResult.NotAnswer);
}
