using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using SourcingBot.Conversations.State;

namespace SourcingBot.Channels.Teams;

/// <summary>
/// Runs each activity once. Bot Framework redelivers an activity it got no timely answer for, possibly to
/// another instance; each activity's id is claimed in the shared idempotency store before its turn runs.
/// A redelivered <c>expectReplies</c> activity gets the replies of the first delivery again; any other
/// redelivery is acknowledged without a second reply. A turn that failed gives its claim back, so its
/// redelivery is answered afresh. Runs as adapter middleware, so only authenticated activities reach the
/// store. Invokes are left alone: their answer is the HTTP response itself, which the SDK builds each time.
/// </summary>
internal sealed partial class DuplicateActivityFilter(
    IIdempotencyStore deliveries,
    IOptions<ConversationStoreOptions> storeOptions,
    ILogger<DuplicateActivityFilter> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (string.IsNullOrEmpty(activity.Id) || activity.Type == ActivityTypes.Invoke)
        {
            await next(cancellationToken);
            return;
        }

        var expectReplies = activity.DeliveryMode == DeliveryModes.ExpectReplies;
        var replies = new List<Activity>();
        if (expectReplies)
        {
            turnContext.OnSendActivities(async (_, sent, sendNext) =>
            {
                replies.AddRange(sent.Where(reply => reply.Type != ActivityTypes.Typing));
                return await sendNext();
            });
        }

        var claim = await deliveries.RunOnceAsync(Key(activity), storeOptions.Value.IdempotencyWindow, async token =>
        {
            await next(token);
            return expectReplies ? JsonConvert.SerializeObject(replies, BotJson.Settings) : null;
        }, cancellationToken);
        if (claim.IsFirst)
        {
            return;
        }

        Log.Redelivered(logger, activity.Type, claim.Status);
        if (expectReplies && claim.Outcome is { } outcome
            && JsonConvert.DeserializeObject<Activity[]>(outcome, BotJson.Settings) is { Length: > 0 } original)
        {
            await turnContext.SendActivitiesAsync(original, cancellationToken);
        }
    }

    /// <summary>The delivery's key: activity ids are unique within a conversation.</summary>
    public static string Key(IActivity activity) =>
        $"{TeamsTurnReader.ConversationPrefix}{activity.ChannelId}:{activity.Conversation?.Id}:{activity.Id}";

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "A redelivered {ActivityType} activity was not processed again (first delivery {Status})")]
        public static partial void Redelivered(ILogger logger, string activityType, IdempotencyStatus status);
    }
}
