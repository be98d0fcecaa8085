namespace SourcingBot.Knowledge.Assessment;

/// <summary>What kind of answer an assessment step asks for, and so how a free answer is read.</summary>
public enum StepKind
{
    /// <summary>One of the step's options.</summary>
    SingleChoice,

    /// <summary>One or more of the step's options ("cost and talent").</summary>
    MultipleChoice,

    /// <summary>Yes or no.</summary>
    YesNo,

    /// <summary>A number ("about forty people").</summary>
    Number,

    /// <summary>An amount of money with its currency ("$250k a year", "250 000 EUR").</summary>
    Money,

    /// <summary>A percentage from 0 to 100 ("about 30%").</summary>
    Percentage,

    /// <summary>How soon something must happen, as a duration or a date ("within 3 months", "by next March").</summary>
    Duration,

    /// <summary>A place or time zone: city, country, IANA id or UTC offset.</summary>
    TimeZone,

    /// <summary>Any text.</summary>
    FreeText,
}
