namespace SourcingBot.Channels.Discord.Interactions;

/// <summary>The HTTP answer to an interaction and what to send once it has gone out.</summary>
internal sealed record InteractionResult(IResult Response, FollowUpWork? After = null);
