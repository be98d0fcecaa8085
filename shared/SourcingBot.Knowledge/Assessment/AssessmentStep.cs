using SourcingBot.Knowledge.Recommending;

namespace SourcingBot.Knowledge.Assessment;

/// <summary>One question of the guided assessment, with what it expects and why it is asked.</summary>
public sealed record AssessmentStep
{
    /// <summary>Unique, stable id (kebab-case), e.g. "team-size".</summary>
    public required string Id { get; init; }

    /// <summary>What kind of answer it takes.</summary>
    public required StepKind Kind { get; init; }

    /// <summary>The company-profile answer it fills, or null when the answer is only shown in the summary.</summary>
    public ProfileField? Field { get; init; }

    /// <summary>The short name of the answer in summaries, e.g. "Team size".</summary>
    public required string Label { get; init; }

    /// <summary>The question, in light Markdown.</summary>
    public required string Prompt { get; init; }

    /// <summary>The answer to "why do you ask?".</summary>
    public required string Why { get; init; }

    /// <summary>What a valid answer looks like, said when an answer cannot be read, e.g. "a number of people, like 12 or about forty".</summary>
    public required string Expected { get; init; }

    /// <summary>An example answer for the input box, e.g. "about 40 people".</summary>
    public string? Example { get; init; }

    /// <summary>Whether "skip" is offered; every step can still be left out after repeated unreadable answers.</summary>
    public bool Optional { get; init; }

    /// <summary>
    /// Whether an answer mentioned in the message that starts the assessment ("recommend a way to outsource our
    /// customer support") is taken, so the question is not asked; for steps whose options are distinctive.
    /// </summary>
    public bool FromFirstMessage { get; init; }

    /// <summary>The options of a choice step, in the order they are shown; empty for other kinds.</summary>
    public IReadOnlyList<StepOption> Options { get; init; } = [];

    /// <summary>The smallest number accepted (number and percentage steps).</summary>
    public decimal? Minimum { get; init; }

    /// <summary>The largest number accepted (number and percentage steps).</summary>
    public decimal? Maximum { get; init; }

    /// <summary>The unit a number is counted in, shown after it (e.g. "people"); null for none.</summary>
    public string? Unit { get; init; }

    /// <summary>Words that name this answer in a correction or a what-if ("budget", "cost", "spend").</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Knowledge entries that explain why it matters (linked from "why do you ask?").</summary>
    public IReadOnlyList<string> EntryIds { get; init; } = [];

    /// <summary>Sources behind <see cref="Why"/>.</summary>
    public IReadOnlyList<string> SourceIds { get; init; } = [];

    /// <summary>The option with this value, or null.</summary>
    public StepOption? FindOption(string value) =>
        Options.FirstOrDefault(option => string.Equals(option.Value, value, StringComparison.Ordinal));
}
