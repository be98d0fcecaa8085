namespace SourcingBot.Conversations.Turns;

/// <summary>A source shown with a reply.</summary>
public sealed record Citation(string Publisher, string Title, string Year, Uri Url, string? Caveat);
