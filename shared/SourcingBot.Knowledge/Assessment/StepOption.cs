namespace SourcingBot.Knowledge.Assessment;

/// <summary>One option of a choice step.</summary>
public sealed record StepOption
{
    /// <summary>The stored value (kebab-case), e.g. "reduce-costs"; for a profile field, the name of its enum member.</summary>
    public required string Value { get; init; }

    /// <summary>The button text (short: at most 80 characters).</summary>
    public required string Label { get; init; }

    /// <summary>Other words and phrases that pick this option in a typed answer.</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>Whether picking it excludes every other option (e.g. "none of these").</summary>
    public bool Exclusive { get; init; }
}
