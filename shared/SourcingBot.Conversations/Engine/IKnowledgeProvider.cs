namespace SourcingBot.Conversations.Engine;

/// <summary>Gives the engine the knowledge currently live (it may be reloaded while the bot runs).</summary>
public interface IKnowledgeProvider
{
    /// <summary>The current knowledge with the services built over it; read it once per turn.</summary>
    LoadedKnowledge Current { get; }
}
