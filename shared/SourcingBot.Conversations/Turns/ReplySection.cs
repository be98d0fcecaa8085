namespace SourcingBot.Conversations.Turns;

/// <summary>A headed paragraph of light Markdown under a reply's text.</summary>
public sealed record ReplySection(string Heading, string Text);
