using SourcingBot.Knowledge.Assessment;

namespace SourcingBot.Conversations.Assessment.Reading;

/// <summary>Reads a typed answer to an assessment step according to the kind of answer the step takes.</summary>
public static class AnswerReader
{
    /// <summary>
    /// Reads <paramref name="text"/> as the answer to <paramref name="step"/>: options by label, synonym or
    /// position, yes or no, a number, an amount with its currency, a percentage, how soon (in months from
    /// <paramref name="today"/>), a place or time zone, or free text.
    /// </summary>
    public static ReadResult Read(AssessmentStep step, string text, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(text);
        return step.Kind switch
        {
            StepKind.SingleChoice or StepKind.MultipleChoice => ChoiceReader.Read(step, text),
            StepKind.YesNo => YesNoReader.Read(text),
            StepKind.Number => NumberReader.Read(step, text),
            StepKind.Money => MoneyReader.Read(step, text),
            StepKind.Percentage => PercentageReader.Read(step, text),
            StepKind.Duration => DurationReader.Read(text, today),
            StepKind.TimeZone => TimeZoneReader.Read(text),
            StepKind.FreeText => FreeTextReader.Read(text),
            _ => throw new ArgumentOutOfRangeException(nameof(step), step.Kind, "Unknown step kind."),
        };
    }

    /// <summary>
    /// Picks up an answer volunteered in a longer sentence ("we want to outsource customer support to cut
    /// costs"): for a choice step only options named by value, label or synonym count (no numbers or
    /// ordinals); for a time-zone step a named place, zone or offset. Other kinds, and texts that name
    /// nothing, give <see cref="ReadResult.NotAnswer"/>.
    /// </summary>
    public static ReadResult ReadMentioned(AssessmentStep step, string text)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(text);
        return step.Kind switch
        {
            StepKind.SingleChoice or StepKind.MultipleChoice => ChoiceReader.ReadMentioned(step, text),
            StepKind.TimeZone => TimeZoneReader.Read(text),
            _ => ReadResult.NotAnswer,
        };
    }
}
