using Microsoft.Extensions.Options;
using SourcingBot.Conversations.State;

namespace SourcingBot.Channels.Discord.Interactions;

// Discord may deliver an interaction again (when our response did not reach it), and the deliveries may
// reach different instances. Each interaction id is claimed in the shared idempotency store, so it is
// handled once; a repeat gets the first delivery's response body, and no follow-ups of its own. A repeat
// that comes while the first is still being handled waits for it, within Discord's deadline.
internal sealed partial class InteractionDeliveries(
    IIdempotencyStore store,
    IOptions<ConversationStoreOptions> storeOptions,
    TimeProvider timeProvider,
    ILogger<InteractionDeliveries> logger)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    // Discord waits this long for a response; a repeat waits no longer for the first delivery.
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(3);

    /// <summary>The response for this delivery of <paramref name="interaction"/>, or null when its first delivery is still being handled.</summary>
    public async Task<InteractionResult?> HandleOnceAsync(
        Interaction interaction, Func<Interaction, CancellationToken, Task<InteractionResult>> handle, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(interaction.Id))
        {
            return await handle(interaction, cancellationToken);
        }

        var key = $"discord:interaction:{interaction.Id}";
        FollowUpWork? after = null;
        async Task<string?> ProcessAsync(CancellationToken token)
        {
            var result = await handle(interaction, token);
            after = result.After;
            return result.Body;
        }

        for (var waited = TimeSpan.Zero; ; waited += PollInterval)
        {
            var claim = await store.RunOnceAsync(key, storeOptions.Value.IdempotencyWindow, ProcessAsync, cancellationToken);
            if (claim.IsFirst)
            {
                return new InteractionResult(claim.Outcome!, after);
            }

            if (claim.Status == IdempotencyStatus.Completed && claim.Outcome is { } body)
            {
                Log.Repeated(logger, interaction.Id);
                return new InteractionResult(body);
            }

            if (waited >= Deadline)
            {
                Log.StillInProgress(logger, interaction.Id);
                return null;
            }

            await Task.Delay(PollInterval, timeProvider, cancellationToken);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Discord interaction {Id} was delivered again; it gets the first delivery's response")]
        public static partial void Repeated(ILogger logger, string id);

        [LoggerMessage(2, LogLevel.Warning, "Discord interaction {Id} was delivered again while its first delivery is still being handled")]
        public static partial void StillInProgress(ILogger logger, string id);
    }
}
