namespace SourcingBot.Knowledge.Assessment;

/// <summary>The guided assessment: how it starts and the questions it asks, in order.</summary>
public sealed record AssessmentDefinition
{
    /// <summary>No assessment: the content defines none.</summary>
    public static AssessmentDefinition Empty { get; } = new() { Intro = string.Empty, Steps = [] };

    /// <summary>What the bot says when the assessment starts, in light Markdown.</summary>
    public required string Intro { get; init; }

    /// <summary>Phrases that start the assessment when a message contains them as whole words ("recommend").</summary>
    public IReadOnlyList<string> Triggers { get; init; } = [];

    /// <summary>The questions, in the order they are asked.</summary>
    public required IReadOnlyList<AssessmentStep> Steps { get; init; }

    /// <summary>Whether the content defines an assessment.</summary>
    public bool IsEmpty => Steps.Count == 0;

    /// <summary>The step with this id, or null.</summary>
    public AssessmentStep? FindStep(string id) =>
        Steps.FirstOrDefault(step => string.Equals(step.Id, id, StringComparison.Ordinal));
}
