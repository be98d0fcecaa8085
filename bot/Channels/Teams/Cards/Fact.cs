namespace SourcingBot.Channels.Teams.Cards;

/// <summary>One row of a <see cref="FactSet"/>.</summary>
internal sealed record Fact(string Title, string Value);
