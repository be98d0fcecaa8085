using SourcingBot.Channels.Discord.Rest;
using SourcingBot.Conversations.Turns;

namespace SourcingBot.Channels.Discord.Interactions;

/// <summary>How the replies to an interaction reach the user.</summary>
/// <param name="Update">Whether they replace the message the component was on (type 7, deferred as 6) or come as a new message (type 4, deferred as 5).</param>
/// <param name="Flags">Message flags of a new message (ephemeral or none).</param>
/// <param name="Render">Renders the engine's replies as messages; the first answers the interaction, the rest follow.</param>
internal sealed record Delivery(bool Update, int? Flags, Func<TurnResult, IReadOnlyList<DiscordMessage>> Render);
