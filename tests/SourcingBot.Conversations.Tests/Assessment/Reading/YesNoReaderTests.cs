using SourcingBot.Conversations.Assessment.Reading;

namespace SourcingBot.Conversations.Tests.Assessment.Reading;

public sealed class YesNoReaderTests
{
    [Theory]
    [InlineData("yes")]
    [InlineData("Yeah")]
    [InlineData("yep")]
    [InlineData("y")]
    [InlineData("sure")]
    [InlineData("of course")]
    [InlineData("definitely")]
    [InlineData("we do")]
    [InlineData("we have")]
    [InlineData("correct")]
    [InlineData("true")]
    [InlineData("Absolutely!")]
    [InlineData("I think so")]
    [InlineData("yes, we have clear service levels")]
    [InlineData("yes, eventually")]
    public void Read_Yes_IsTrue(string text)
    {
        var result = YesNoReader.Read(text);

        result.Answer!.Flag.Should().BeTrue();
        result.Answer.Display.Should().Be("Yes");
    }

    [Theory]
    [InlineData("no")]
    [InlineData("Nope")]
    [InlineData("n")]
    [InlineData("not really")]
    [InlineData("we don't")]
    [InlineData("we do not")]
    [InlineData("none")]
    [InlineData("never")]
    [InlineData("false")]
    [InlineData("not at all")]
    [InlineData("no, we only operate at home")]
    [InlineData("we have no office abroad")]
    [InlineData("I don't think so")]
    public void Read_No_IsFalse(string text)
    {
        var result = YesNoReader.Read(text);

        result.Answer!.Flag.Should().BeFalse();
        result.Answer.Display.Should().Be("No");
    }

    [Theory]
    [InlineData("yes and no")]
    [InlineData("maybe")]
    [InlineData("not sure")]
    [InlineData("no idea")]
    [InlineData("yes, no, I mean yes")]
    public void Read_Unsure_SuggestsSkip(string text)
    {
        var result = YesNoReader.Read(text);

        result.IsAnswer.Should().BeFalse();
        result.Problem.Should().Contain("skip");
    }

    [Theory]
    [InlineData("purple elephants")]
    [InlineData("")]
    public void Read_Gibberish_IsNotAnswer(string text) => YesNoReader.Read(text).Should().Be(ReadResult.NotAnswer);
}
