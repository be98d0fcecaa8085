namespace SourcingBot.Conversations.Turns;

/// <summary>A table of facts: figures with their sources, or a comparison.</summary>
public sealed record ReplyTable(string? Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
