using SourcingBot.Conversations.Engine;
using SourcingBot.Conversations.Turns;

namespace SourcingBot.Hosting;

// Loads the knowledge before the server accepts requests (a broken file stops start-up), then
// runs a few turns through the engine in the background so no user pays for the first JIT.
internal sealed partial class WarmUpService(
    IKnowledgeProvider knowledge,
    ITurnHandler engine,
    Readiness readiness,
    ILogger<WarmUpService> logger) : BackgroundService
{
    private static readonly string[] Questions =
    [
        "what is the difference between outsourcing and offshoring?", "compare nearshore and offshore outsourcing", "hello",
    ];

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _ = knowledge.Answerer;
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        foreach (var question in Questions)
        {
            await engine.HandleAsync(new IncomingTurn("warm-up", "warm-up", "warm-up", question), stoppingToken);
        }

        readiness.MarkReady();
        Log.WarmedUp(logger, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Warm-up finished in {Milliseconds:F0} ms; ready")]
        public static partial void WarmedUp(ILogger logger, double milliseconds);
    }
}
