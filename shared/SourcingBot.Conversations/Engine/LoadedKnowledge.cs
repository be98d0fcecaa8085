using SourcingBot.Knowledge.Answering;
using SourcingBot.Knowledge.Model;
using SourcingBot.Knowledge.Recommending;

namespace SourcingBot.Conversations.Engine;

/// <summary>One version of the knowledge with everything built over it, swapped as a whole when the knowledge changes.</summary>
public sealed class LoadedKnowledge
{
    /// <summary>Builds the answerer and the recommendation engine over validated knowledge.</summary>
    public LoadedKnowledge(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        Knowledge = knowledge;
        Answerer = new QuestionAnswerer(knowledge);
        Recommender = knowledge.Strategies.Count >= 2 ? new RecommendationEngine(knowledge) : null;
    }

    /// <summary>The knowledge content.</summary>
    public KnowledgeBase Knowledge { get; }

    /// <summary>Answers questions from it.</summary>
    public QuestionAnswerer Answerer { get; }

    /// <summary>Recommends strategies from its rules; null when the content has fewer than two strategies.</summary>
    public RecommendationEngine? Recommender { get; }
}
