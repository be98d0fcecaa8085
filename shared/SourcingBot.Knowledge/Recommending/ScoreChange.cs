namespace SourcingBot.Knowledge.Recommending;

/// <summary>How one strategy's score moved between two recommendations.</summary>
/// <param name="Id">The strategy or hybrid id.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Before">The earlier score.</param>
/// <param name="After">The new score.</param>
public sealed record ScoreChange(string Id, string Name, decimal Before, decimal After);
