using SourcingBot.Conversations.Engine;

namespace SourcingBot.Benchmarks;

/// <summary>The same loaded knowledge for every turn.</summary>
internal sealed class FixedKnowledge(LoadedKnowledge knowledge) : IKnowledgeProvider
{
    public LoadedKnowledge Current => knowledge;
}
