using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using SourcingBot.Hosting;

namespace SourcingBot.Channels.Teams;

/// <summary>
/// The Bot Framework adapter with the bot's turn-error policy (<see cref="TurnErrors"/>) as its OnTurnError:
/// whatever fails in a turn (the engine, rendering, sending) is logged with a short reference code and the
/// user gets a friendly message quoting it, never the exception's text. The engine saves a conversation only
/// after a turn succeeded, so a failed turn leaves its state as it was. Each activity runs once
/// (<see cref="DuplicateActivityFilter"/>).
/// </summary>
internal sealed partial class TeamsAdapter : CloudAdapter
{
    public const string SdkLogCategory = "Microsoft.Bot.Builder.CloudAdapter";

    private readonly ILogger<TeamsAdapter> _logger;

    // The SDK logs every activity at Information; its own category lets configuration quieten it.
    public TeamsAdapter(BotFrameworkAuthentication authentication, DuplicateActivityFilter duplicates, ILoggerFactory loggers)
        : base(authentication, loggers.CreateLogger(SdkLogCategory))
    {
        _logger = loggers.CreateLogger<TeamsAdapter>();
        OnTurnError = ApologiseAsync;
        Use(duplicates);
    }

    /// <summary>Authenticates <paramref name="activity"/> and runs its turn; throws <see cref="UnauthorizedAccessException"/> if it is refused.</summary>
    public async Task<InvokeResponse> ProcessIncomingAsync(string authHeader, Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        using var scope = TurnLogScope.Begin(_logger, "teams", out _);
        return await ProcessActivityAsync(authHeader, activity, bot.OnTurnAsync, cancellationToken);
    }

    private async Task ApologiseAsync(ITurnContext turnContext, Exception exception)
    {
        var reference = TurnLogScope.Current ?? TurnErrors.NewReference();
        Log.TurnFailed(_logger, reference, turnContext.Activity.Type, turnContext.Activity.Conversation?.ConversationType,
            exception.GetType().FullName ?? "Exception", LogRedaction.Redact(exception.ToString()));
        try
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(TurnErrors.Failure(reference).Text), CancellationToken.None);
        }
        catch (Exception sendFailure) when (sendFailure is not OperationCanceledException)
        {
            Log.ApologyFailed(_logger, sendFailure, reference);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "Teams turn failed (reference {Reference}, activity {ActivityType}, conversation {ConversationType}): {ExceptionType}\n{Details}")]
        public static partial void TurnFailed(ILogger logger, string reference, string activityType, string? conversationType, string exceptionType, string details);

        [LoggerMessage(2, LogLevel.Warning, "Could not send the apology for the failed turn {Reference}")]
        public static partial void ApologyFailed(ILogger logger, Exception exception, string reference);
    }
}
