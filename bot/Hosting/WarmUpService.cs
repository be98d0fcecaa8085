using SourcingBot.Conversations.Engine;
using SourcingBot.Conversations.Parsing;
using SourcingBot.Conversations.State;
using SourcingBot.Conversations.Turns;

namespace SourcingBot.Hosting;

// Loads the knowledge before the server accepts requests (a broken file stops start-up), then warms up in the
// background what the first user would otherwise pay for: Microsoft.Recognizers' models (about a second cold), the JIT
// of a few questions and an assessment turn, and, once the server listens, the HTTP path of /api/chat (HttpWarmUp).
// /readyz waits for it. Its turns go to an engine of its own without a journal (WarmUpRequests), so they never show in
// the operator's reports, and its conversations are deleted. A failure only makes the first turns slower: the bot
// becomes ready all the same.
internal sealed partial class WarmUpService(
    IKnowledgeProvider knowledge,
    IConversationStore store,
    WarmUpRequests requests,
    HttpWarmUp http,
    IHostApplicationLifetime lifetime,
    TimeProvider timeProvider,
    Readiness readiness,
    ILogger<WarmUpService> logger) : BackgroundService
{
    private static readonly string[] Turns =
    [
        "what is the difference between outsourcing and offshoring?", "compare nearshore and offshore outsourcing", "hello",
        "recommend", "cost and talent", "why do you ask?",
    ];

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
        var engineWarmed = false;
        try
        {
            foreach (var text in Turns)
            {
                await requests.Engine.HandleAsync(new IncomingTurn(WarmUpRequests.Channel, conversationId, "warm-up", text), stoppingToken);
            }

            await store.DeleteAsync(conversationId, stoppingToken);
            engineWarmed = true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.WarmUpTurnFailed(logger, exception.GetType().FullName ?? "Exception", LogRedaction.Redact(exception.Message));
        }

        // With the store down the HTTP turn would only fail again (and log it as a user's failed turn would be).
        var httpStarted = timeProvider.GetTimestamp();
        var httpWarmed = engineWarmed && await WarmUpHttpAsync($"{conversationId}-http", stoppingToken);
        var httpElapsed = timeProvider.GetElapsedTime(httpStarted);
        requests.Close();

        readiness.MarkReady();
        Log.WarmedUp(logger, timeProvider.GetElapsedTime(started).TotalMilliseconds, recognizers.TotalMilliseconds,
            httpWarmed ? $"{httpElapsed.TotalMilliseconds:F0} ms" : "not warmed");
    }

    private async Task<bool> WarmUpHttpAsync(string conversationId, CancellationToken stoppingToken)
    {
        try
        {
            await ServerStartedAsync(stoppingToken);
            return await http.RunAsync(conversationId, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            Log.HttpWarmUpFailed(logger, exception.GetType().FullName ?? "Exception", LogRedaction.Redact(exception.Message));
            return false;
        }
        finally
        {
            await DeleteQuietlyAsync(conversationId);
        }
    }

    private async Task ServerStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
    }

    // A question stores nothing, so there is normally nothing to delete.
    private async Task DeleteQuietlyAsync(string conversationId)
    {
        try
        {
            await store.DeleteAsync(conversationId, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.DeleteFailed(logger, exception.GetType().FullName ?? "Exception");
        }
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
        [LoggerMessage(1, LogLevel.Information, "Warm-up finished in {Milliseconds:F0} ms (text recognizers {RecognizerMilliseconds:F0} ms, HTTP {Http}); ready")]
        public static partial void WarmedUp(ILogger logger, double milliseconds, double recognizerMilliseconds, string http);

        [LoggerMessage(2, LogLevel.Warning, "A warm-up turn failed ({ExceptionType}: {Details}); carrying on (the first real turns may be slower)")]
        public static partial void WarmUpTurnFailed(ILogger logger, string exceptionType, string details);

        [LoggerMessage(3, LogLevel.Warning, "The warm-up of the HTTP endpoints failed ({ExceptionType}: {Details}); carrying on (the first requests may be slower)")]
        public static partial void HttpWarmUpFailed(ILogger logger, string exceptionType, string details);

        [LoggerMessage(4, LogLevel.Debug, "Deleting the warm-up's conversation failed ({ExceptionType})")]
        public static partial void DeleteFailed(ILogger logger, string exceptionType);
    }
}
