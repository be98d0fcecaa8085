using SourcingBot.Conversations.Parsing;
using SourcingBot.Knowledge.Assessment;

namespace SourcingBot.Conversations.Assessment.Reading;

// A share: "30%", "about 30 percent", "a third", or a bare number meant as a percentage.
internal static class PercentageReader
{
    public static ReadResult Read(AssessmentStep step, string text)
    {
        var percentage = FreeAnswerParser.ParsePercentage(text) ?? FreeAnswerParser.ParseNumber(text);
        if (percentage is null)
        {
            return ReadResult.NotAnswer;
        }

        var minimum = step.Minimum ?? 0;
        var maximum = step.Maximum ?? 100;
        if (percentage < minimum || percentage > maximum)
        {
            return ReadResult.Rejected(
                $"A share here runs from {NumberText.Format(minimum)}% to {NumberText.Format(maximum)}%; what's the percentage?");
        }

        var rounded = Math.Round(percentage.Value, 2);
        return ReadResult.Read(new StepAnswer { Number = rounded, Display = NumberText.Format(Math.Round(rounded, 1)) + "%" });
    }
}
