using Microsoft.Extensions.Options;
using SourcingBot.Channels.Discord.Rest;
using SourcingBot.Conversations.Turns;
using SourcingBot.Hosting;

namespace SourcingBot.Channels.Discord.Interactions;

// Discord waits 3 seconds for the first response. A turn that finishes within Discord:DeferAfter is
// answered directly (type 4 or 7); a slower one is deferred (type 5 or 6) and its replies edit the
// original response through the interaction webhook when they are ready.
internal sealed class InteractionResponder(
    TurnErrors turns,
    TurnRateLimiter limiter,
    FollowUpQueue followUps,
    IOptions<DiscordOptions> options,
    TimeProvider timeProvider,
    InFlightWork inFlight)
{
    public async Task<InteractionResult> RespondAsync(Interaction interaction, IncomingTurn turn, Delivery delivery, CancellationToken cancellationToken)
    {
        // The turn outlives the request when it is deferred, so it runs until it is done, even while the host stops.
        var running = limiter.RunAsync(turn, turns.HandleAsync, inFlight.Abandoned).AsTask();
        using (var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var delay = Task.Delay(options.Value.DeferAfter, timeProvider, deadline.Token);
            var first = await Task.WhenAny(running, delay);
            await deadline.CancelAsync();
            if (first != running && !running.IsCompleted)
            {
                followUps.Defer(new FollowUpWork(interaction.Token!, running, delivery, []));
                var deferred = delivery.Update
                    ? new MessageResponse(InteractionTypes.DeferredUpdateMessage)
                    : new MessageResponse(InteractionTypes.DeferredChannelMessage, new DiscordMessage { Flags = delivery.Flags });
                return InteractionResult.Of(deferred, DiscordJsonContext.Default.MessageResponse);
            }
        }

        var pages = followUps.Checked(delivery.Render(await running), isEdit: false);
        var type = delivery.Update ? InteractionTypes.UpdateMessage : InteractionTypes.ChannelMessage;
        var response = new MessageResponse(type, delivery.Update ? pages[0] with { Flags = null } : pages[0]);
        var rest = pages.Skip(1).Select(page => page with { Flags = delivery.Flags }).ToArray();
        return InteractionResult.Of(
            response,
            DiscordJsonContext.Default.MessageResponse,
            rest.Length == 0 ? null : new FollowUpWork(interaction.Token!, null, null, rest));
    }
}
