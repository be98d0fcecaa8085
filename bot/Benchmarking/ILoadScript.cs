namespace SourcingBot.Benchmarking;

// What a simulated user of one endpoint sends, round after round; each round is one conversation.
internal interface ILoadScript
{
    IReadOnlyList<LoadRequest> Round(string conversationId);
}
