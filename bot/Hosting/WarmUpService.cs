using SourcingBot.Conversations.Engine;
using SourcingBot.Conversations.Parsing;
using SourcingBot.Conversations.State;
using SourcingBot.Conversations.Turns;

namespace SourcingBot.Hosting;

// Loads the knowledge before the server accepts requests (a broken file stops start-up), then warms
// up in the background what the first user would otherwise pay for: Microsoft.Recognizers' models
// (about a second cold) and the JIT of a few questions and an assessment turn. /readyz waits for it.
// Its turns go to an engine of its own without a journal, so they never show in the operator's reports.
internal sealed partial class WarmUpService(
    IKnowledgeProvider knowledge,
    IConversationStore store,
    TimeProvider timeProvider,
    Readiness readiness,
    ILogger<WarmUpService> logger) : BackgroundService
{
    private static readonly string[] Turns =
    [
        "what is the difference between outsourcing and offshoring?", "compare nearshore and offshore outsourcing", "hello",
        "recommend", "cost and talent", "why do you ask?",
    ];

    private readonly ConversationEngine _engine = new(knowledge, store, timeProvider);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _ = knowledge.Current;
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = timeProvider.GetTimestamp();
        await Task.Run(WarmUpRecognizers, stoppingToken);
        var recognizers = timeProvider.GetElapsedTime(started);

        // A store that is down must not stop the host: warming up is an optimisation, and questions work without it.
        var conversationId = $"warm-up-{Guid.NewGuid():N}";
        try
        {
            foreach (var text in Turns)
            {
                await _engine.HandleAsync(new IncomingTurn("warm-up", conversationId, "warm-up", text), stoppingToken);
            }

            await store.DeleteAsync(conversationId, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.WarmUpTurnFailed(logger, exception.GetType().FullName ?? "Exception", LogRedaction.Redact(exception.Message));
        }

        readiness.MarkReady();
        Log.WarmedUp(logger, timeProvider.GetElapsedTime(started).TotalMilliseconds, recognizers.TotalMilliseconds);
    }

    private void WarmUpRecognizers()
    {
        var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        _ = FreeAnswerParser.ParseNumber("about forty people");
        _ = FreeAnswerParser.ParseMoney("$250k a year");
        _ = FreeAnswerParser.ParseMonthsUntil("within 3 months", today);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Warm-up finished in {Milliseconds:F0} ms (text recognizers {RecognizerMilliseconds:F0} ms); ready")]
        public static partial void WarmedUp(ILogger logger, double milliseconds, double recognizerMilliseconds);

        [LoggerMessage(2, LogLevel.Warning, "A warm-up turn failed ({ExceptionType}: {Details}); carrying on (the first real turns may be slower)")]
        public static partial void WarmUpTurnFailed(ILogger logger, string exceptionType, string details);
    }
}
