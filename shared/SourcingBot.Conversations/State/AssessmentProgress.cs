using SourcingBot.Knowledge.Assessment;

namespace SourcingBot.Conversations.State;

/// <summary>An assessment in progress: the answers so far and the question asked now.</summary>
public sealed record AssessmentProgress
{
    /// <summary>Where it stands.</summary>
    public AssessmentPhase Phase { get; init; }

    /// <summary>The step asked now; null while reviewing.</summary>
    public string? StepId { get; init; }

    /// <summary>The steps asked before the current one, most recent last ("back" returns to it).</summary>
    public IReadOnlyList<string> History { get; init; } = [];

    /// <summary>The answers so far, by step id.</summary>
    public IReadOnlyDictionary<string, StepAnswer> Answers { get; init; } = new Dictionary<string, StepAnswer>(StringComparer.Ordinal);

    /// <summary>The steps left unanswered on purpose.</summary>
    public IReadOnlyList<string> Skipped { get; init; } = [];

    /// <summary>How many answers in a row to the current step could not be read.</summary>
    public int Failures { get; init; }
}
