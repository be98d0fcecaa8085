using SourcingBot.Conversations.Assessment.Reading;

namespace SourcingBot.Conversations.Tests.Assessment.Reading;

public sealed class PercentageReaderTests
{
    [Theory]
    [InlineData("30%", 30, "30%")]
    [InlineData("about 30 percent", 30, "30%")]
    [InlineData("thirty per cent", 30, "30%")]
    [InlineData("12.5%", 12.5, "12.5%")]
    [InlineData("a third", 33.33, "33.3%")]
    [InlineData("half", 50, "50%")]
    [InlineData("30", 30, "30%")]
    public void Read_Percentage_ReadsIt(string text, double number, string display)
    {
        var result = PercentageReader.Read(TestSteps.Offshore, text);

        result.Answer!.Number.Should().Be((decimal)number);
        result.Answer.Display.Should().Be(display);
    }

    [Theory]
    [InlineData("150%")]
    [InlineData("-5%")]
    public void Read_OutOfBounds_IsProblem(string text) =>
        PercentageReader.Read(TestSteps.Offshore, text).Problem.Should().Be("A share here runs from 0% to 100%; what's the percentage?");

    [Fact]
    public void Read_StepBounds_AreUsed() =>
        PercentageReader.Read(TestSteps.Offshore with { Minimum = 10, Maximum = 90 }, "95%").Problem
            .Should().Be("A share here runs from 10% to 90%; what's the percentage?");

    [Fact]
    public void Read_NoNumber_IsNotAnswer() => PercentageReader.Read(TestSteps.Offshore, "most of it").Should().Be(ReadResult.NotAnswer);
}
