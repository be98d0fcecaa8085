using SourcingBot.Knowledge.Answering;

namespace SourcingBot.Conversations.Engine;

/// <summary>Gives the engine the knowledge currently live (it may be reloaded while the bot runs).</summary>
public interface IKnowledgeProvider
{
    /// <summary>The answerer over the current knowledge.</summary>
    QuestionAnswerer Answerer { get; }
}
