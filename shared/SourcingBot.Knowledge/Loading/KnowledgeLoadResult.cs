using SourcingBot.Knowledge.Model;

namespace SourcingBot.Knowledge.Loading;

/// <summary>What loading produced: the knowledge when it is valid, and every problem found.</summary>
public sealed record KnowledgeLoadResult(KnowledgeBase? Knowledge, IReadOnlyList<KnowledgeProblem> Problems)
{
    /// <summary>Whether the content loaded without problems.</summary>
    public bool IsValid => Knowledge is not null && Problems.Count == 0;
}
