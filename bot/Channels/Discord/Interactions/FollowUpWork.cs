using SourcingBot.Channels.Discord.Rest;
using SourcingBot.Conversations.Turns;

namespace SourcingBot.Channels.Discord.Interactions;

/// <summary>What is sent through the interaction's webhook after the endpoint has answered.</summary>
/// <param name="Token">The interaction token (valid for 15 minutes).</param>
/// <param name="Pending">For a deferred interaction, the turn still running; its first message edits the original response.</param>
/// <param name="Delivery">How to render a pending turn.</param>
/// <param name="Pages">Messages already rendered, sent as follow-ups.</param>
internal sealed record FollowUpWork(string Token, Task<TurnResult>? Pending, Delivery? Delivery, IReadOnlyList<DiscordMessage> Pages);
