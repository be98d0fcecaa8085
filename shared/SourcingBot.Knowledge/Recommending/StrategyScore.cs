namespace SourcingBot.Knowledge.Recommending;

/// <summary>A strategy or hybrid with its score and rank.</summary>
/// <param name="Id">The strategy id (as in strategies.yaml) or hybrid id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Score">Sum of the rule adjustments, rounded to two decimals; higher is better.</param>
/// <param name="Rank">1 for the recommended strategy.</param>
/// <param name="Parts">For a hybrid, the id of the strategy chosen for each part; empty for a single strategy.</param>
/// <param name="PartNames">The display names of <paramref name="Parts"/>.</param>
public sealed record StrategyScore(
    string Id, string Name, decimal Score, int Rank, IReadOnlyList<string> Parts, IReadOnlyList<string> PartNames)
{
    /// <summary>Whether this is a combination of strategies.</summary>
    public bool IsHybrid => Parts.Count > 0;
}
