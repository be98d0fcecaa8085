using SourcingBot.Knowledge.Assessment;

namespace SourcingBot.Conversations.State;

/// <summary>What the engine remembers of one conversation between turns (stored as JSON).</summary>
public sealed record DialogState
{
    /// <summary>The state of a conversation that has not started anything.</summary>
    public static DialogState Empty { get; } = new();

    /// <summary>The assessment in progress, or null.</summary>
    public AssessmentProgress? Assessment { get; init; }

    /// <summary>The answers behind the last recommendation, kept for what-ifs and the summary; null before the first one.</summary>
    public IReadOnlyDictionary<string, StepAnswer>? LastAnswers { get; init; }

    /// <summary>The "Talk to an expert" dialog in progress, or null.</summary>
    public LeadProgress? Lead { get; init; }

    /// <summary>Whether there is anything to keep.</summary>
    public bool IsEmpty => Assessment is null && LastAnswers is null && Lead is null;
}
