namespace SourcingBot.Knowledge.Model;

/// <summary>A headed paragraph shown under an answer.</summary>
public sealed record Section(string Heading, string Text);
