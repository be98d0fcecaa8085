using SourcingBot.Conversations.Parsing;
using SourcingBot.Knowledge.Assessment;

namespace SourcingBot.Conversations.Assessment.Reading;

// A number: "about forty people", "2,000", "1.5k", "a dozen"; a range ("40-50", "between 30 and 50") as its middle.
internal static class NumberReader
{
    public static ReadResult Read(AssessmentStep step, string text)
    {
        var number = FreeAnswerParser.ParseNumberRange(text) is { } range
            ? Math.Round((range.Low + range.High) / 2, MidpointRounding.AwayFromZero)
            : FreeAnswerParser.ParseNumber(text);
        if (number is null)
        {
            return ReadResult.NotAnswer;
        }

        var unit = string.IsNullOrWhiteSpace(step.Unit) ? string.Empty : " " + step.Unit;
        if (step.Maximum is { } maximum && number > maximum)
        {
            return ReadResult.Rejected($"That's more than {NumberText.Format(maximum)}{unit}; what's the number?");
        }

        if (step.Minimum is { } minimum && number < minimum)
        {
            return ReadResult.Rejected($"It needs to be at least {NumberText.Format(minimum)}; what's the number?");
        }

        return ReadResult.Read(new StepAnswer { Number = number, Display = NumberText.Format(number.Value) + unit });
    }
}
