namespace SourcingBot.Knowledge.Recommending;

// A strategy or hybrid that gets a score. Parts is empty for a single strategy.
internal sealed record Candidate(string Id, string Name, IReadOnlyList<IReadOnlyList<string>> Parts)
{
    public bool IsHybrid => Parts.Count > 0;
}
