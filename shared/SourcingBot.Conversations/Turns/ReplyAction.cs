namespace SourcingBot.Conversations.Turns;

/// <summary>A button: what it says and what it sends back when clicked.</summary>
public sealed record ReplyAction(string Label, IReadOnlyDictionary<string, string> Value);
