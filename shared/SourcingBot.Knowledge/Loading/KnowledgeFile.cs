namespace SourcingBot.Knowledge.Loading;

/// <summary>The text of one knowledge file and the name errors refer to it by.</summary>
public sealed record KnowledgeFile(string Name, string Text);
