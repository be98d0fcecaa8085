using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SourcingBot.Channels.Discord.Interactions;
using SourcingBot.Channels.Discord.Rendering;
using SourcingBot.Channels.Discord.Rest;
using SourcingBot.Conversations.State;
using SourcingBot.Conversations.Turns;
using SourcingBot.Hosting;

namespace SourcingBot.Channels.Discord.Gateway;

// Answers messages that mention the bot in a server channel, and every message in a DM, through the
// engine in text mode: a reply (message_reference) with embeds whose options are numbered to type.
// Messages from bots, the bot itself included, are ignored. Each message id is claimed in the shared
// idempotency store first, so a message replayed after a reconnect, or seen by another instance, is
// answered once. On shutdown the messages already received are still answered: the loop ends when the
// gateway client has stopped handing messages over, or when the host's shutdown timeout abandons them.
internal sealed partial class MessageResponder(
    GatewayMessageQueue queue,
    TurnErrors turns,
    TurnRateLimiter limiter,
    DiscordRestClient rest,
    IIdempotencyStore deliveries,
    IOptions<DiscordOptions> options,
    IOptions<ConversationStoreOptions> storeOptions,
    InFlightWork inFlight,
    ILogger<MessageResponder> logger) : BackgroundService
{
    [GeneratedRegex(@"<@!?(?<id>\d+)>", RegexOptions.CultureInvariant)]
    private static partial Regex UserMention();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var abandoned = inFlight.Abandoned;
        try
        {
            await foreach (var item in queue.Reader.ReadAllAsync(abandoned))
            {
                await AnswerAsync(item, abandoned);
            }
        }
        catch (OperationCanceledException) when (abandoned.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        using var abandon = inFlight.AbandonWhen(cancellationToken);
        await base.StopAsync(cancellationToken);
    }

    public static bool ShouldAnswer(GatewayMessage message, string botUserId) =>
        message.Author.Bot != true
        && message.WebhookId is null
        && message.Author.Id != botUserId
        && (message.GuildId is null || (message.Mentions ?? []).Any(user => user.Id == botUserId));

    private async Task AnswerAsync(GatewayEvent item, CancellationToken cancellationToken)
    {
        var message = item.Message;
        if (!ShouldAnswer(message, item.BotUserId))
        {
            return;
        }

        try
        {
            var claim = await deliveries.RunOnceAsync($"discord:message:{message.Id}", storeOptions.Value.IdempotencyWindow, async token =>
            {
                await ReplyAsync(message, item.BotUserId, token);
                return null;
            }, cancellationToken);
            if (!claim.IsFirst)
            {
                Log.AlreadyAnswered(logger, message.Id);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.Failed(logger, exception, message.Id, TurnErrors.NewReference());
        }
    }

    private async Task ReplyAsync(GatewayMessage message, string botUserId, CancellationToken cancellationToken)
    {
        var text = UserMention().Replace(message.Content ?? string.Empty, match => match.Groups["id"].Value == botUserId ? string.Empty : match.Value).Trim();
        if (text.Length == 0)
        {
            text = "help";
        }

        if (text.Length > options.Value.MaxTextLength)
        {
            text = text[..options.Value.MaxTextLength];
        }

        var (conversation, scope) = ConversationKeys.For(message.GuildId, message.ChannelId, message.Author.Id);
        var result = await limiter.RunAsync(new IncomingTurn(ConversationKeys.Channel, conversation, message.Author.Id, text, null, scope), turns.HandleAsync, cancellationToken);
        var pages = MessageComposer.Compose(result.Replies, RenderMode.Text);
        for (var index = 0; index < pages.Count; index++)
        {
            var page = index == 0
                ? pages[index] with { MessageReference = new MessageReference(message.Id, message.ChannelId, message.GuildId) }
                : pages[index];
            var problems = MessageValidator.Validate(page);
            if (problems.Count > 0)
            {
                Log.Invalid(logger, string.Join("; ", problems));
                page = MessageComposer.Notice("Sorry, I couldn't lay that answer out for Discord. Please ask again in other words.", null) with { MessageReference = page.MessageReference };
            }

            await rest.CreateMessageAsync(message.ChannelId, page, cancellationToken);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "Answering Discord message {MessageId} failed (reference {Reference})")]
        public static partial void Failed(ILogger logger, Exception exception, string messageId, string reference);

        [LoggerMessage(2, LogLevel.Error, "A rendered Discord reply breaks a documented limit and was replaced: {Problems}")]
        public static partial void Invalid(ILogger logger, string problems);

        [LoggerMessage(3, LogLevel.Debug, "Discord message {MessageId} was answered already")]
        public static partial void AlreadyAnswered(ILogger logger, string messageId);
    }
}
