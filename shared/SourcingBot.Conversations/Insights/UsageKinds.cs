namespace SourcingBot.Conversations.Insights;

/// <summary>The kinds of <see cref="UsageEvent"/>.</summary>
public static class UsageKinds
{
    /// <summary>A question answered from the knowledge; the value is its topic.</summary>
    public const string TopicAsked = "topic";

    /// <summary>An assessment started.</summary>
    public const string AssessmentStarted = "assessment-started";

    /// <summary>An assessment that reached its recommendation.</summary>
    public const string AssessmentCompleted = "assessment-completed";

    /// <summary>A recommendation given (after an assessment or a what-if); the value is the strategy.</summary>
    public const string Recommendation = "recommendation";

    /// <summary>A lead left after "Talk to an expert".</summary>
    public const string Lead = "lead";
}
