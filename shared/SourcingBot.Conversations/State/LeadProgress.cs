namespace SourcingBot.Conversations.State;

/// <summary>The "Talk to an expert" dialog in progress: the details given so far and the one asked now.</summary>
public sealed record LeadProgress
{
    /// <summary>What is asked now.</summary>
    public LeadStep Step { get; init; }

    /// <summary>The name given.</summary>
    public string? Name { get; init; }

    /// <summary>The work email given.</summary>
    public string? Email { get; init; }

    /// <summary>The company given.</summary>
    public string? Company { get; init; }

    /// <summary>The preferred contact time given.</summary>
    public string? ContactTime { get; init; }
}
