namespace SourcingBot.Conversations.Insights;

/// <summary>What a user gave in the "Talk to an expert" dialog, with their consent to be contacted.</summary>
/// <param name="Name">Their name.</param>
/// <param name="Email">Their work email, validated.</param>
/// <param name="Company">Their company.</param>
/// <param name="ContactTime">When they prefer to be contacted, in their words.</param>
/// <param name="Strategy">The strategy last recommended to them, if any.</param>
public sealed record LeadDetails(string Name, string Email, string Company, string ContactTime, string? Strategy);
