using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SourcingBot.Channels.Teams.Rendering;
using SourcingBot.Conversations.Engine;
using SourcingBot.Conversations.Turns;
using SourcingBot.Hosting;

namespace SourcingBot.Channels.Teams;

/// <summary>
/// The Teams activity handler: messages and card submissions go to the engine and its replies come back
/// as cards in the same conversation (and thread); installations get one welcome.
/// </summary>
internal sealed partial class TeamsBot(
    ITurnHandler engine,
    TurnRateLimiter limiter,
    WelcomeTracker welcomes,
    IOptions<TeamsOptions> options,
    TimeProvider timeProvider,
    ILogger<TeamsBot> logger) : TeamsActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = (Activity)turnContext.Activity;
        var turn = TeamsTurnReader.Read(activity);
        if (turn is null)
        {
            await turnContext.SendActivityAsync(
                "I can only read text. Type a question about sourcing, or **help** to see what I can do.", cancellationToken: cancellationToken);
            return;
        }

        var result = await WithTypingIndicatorAsync(turnContext, limiter.RunAsync(turn, engine.HandleAsync, cancellationToken).AsTask(), cancellationToken);
        Log.TurnHandled(logger, turn.Scope, turn.Value is not null, result.Replies.Count);

        // Claimed after the turn succeeded, so a failed first turn leaves the greeting to the next one.
        var outgoing = new List<Activity>();
        if (await welcomes.TryClaimAsync(TeamsTurnReader.WelcomeKey(activity), cancellationToken))
        {
            outgoing.Add(WelcomeMessages.Greeting(turn.Scope));
        }

        outgoing.AddRange(TeamsReplyRenderer.Render(result.Replies, Context(activity, turn.Scope)));
        await turnContext.SendActivitiesAsync(outgoing.ToArray(), cancellationToken);
    }

    // Teams announces an installation with a conversation update that adds the bot; members added later
    // get no message of their own (and no member look-up, which the base class would make for each).
    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = (Activity)turnContext.Activity;
        if (activity.MembersAdded?.Any(member => member.Id == activity.Recipient?.Id) == true)
        {
            await WelcomeAsync(turnContext, activity, cancellationToken);
        }
    }

    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        WelcomeAsync(turnContext, (Activity)turnContext.Activity, cancellationToken);

    protected override Task OnInstallationUpdateRemoveAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Action == "remove"
            ? welcomes.ForgetAsync(TeamsTurnReader.WelcomeKey((Activity)turnContext.Activity), cancellationToken)
            : Task.CompletedTask;

    private async Task WelcomeAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        if (!await welcomes.TryClaimAsync(TeamsTurnReader.WelcomeKey(activity), cancellationToken))
        {
            return;
        }

        var welcome = TeamsTurnReader.ScopeOf(activity) == ConversationScope.Personal
            ? WelcomeMessages.PersonalWelcome()
            : WelcomeMessages.SharedIntroduction(activity.From, team: activity.TeamsGetTeamInfo() is not null);
        Log.Welcomed(logger, activity.Type, activity.Conversation?.ConversationType);
        await turnContext.SendActivityAsync(welcome, cancellationToken);
    }

    // Teams expects an answer within two seconds: a turn that takes longer shows "typing…" first.
    private async Task<TurnResult> WithTypingIndicatorAsync(ITurnContext turnContext, Task<TurnResult> work, CancellationToken cancellationToken)
    {
        var delay = options.Value.TypingDelay;
        if (delay > TimeSpan.Zero)
        {
            using var stopWaiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var waited = Task.Delay(delay, timeProvider, stopWaiting.Token);
            var first = await Task.WhenAny(work, waited);
            await stopWaiting.CancelAsync();
            if (first == work)
            {
                return await work;
            }
        }

        await turnContext.SendActivityAsync(new Activity(ActivityTypes.Typing), cancellationToken);
        return await work;
    }

    private RenderContext Context(Activity activity, ConversationScope scope) =>
        new(activity.Recipient?.Id ?? string.Empty, scope, options.Value.MaxMessageBytes);

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Debug, "Teams turn handled (scope {Scope}, card submit {Submitted}, {ReplyCount} replies)")]
        public static partial void TurnHandled(ILogger logger, ConversationScope scope, bool submitted, int replyCount);

        [LoggerMessage(2, LogLevel.Information, "Teams welcome sent on {ActivityType} in a {ConversationType} conversation")]
        public static partial void Welcomed(ILogger logger, string activityType, string? conversationType);
    }
}
