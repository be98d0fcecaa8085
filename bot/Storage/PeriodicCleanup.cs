namespace SourcingBot.Storage;

// A clean-up that runs at start and then every interval until the host stops. A failing round is logged (by
// exception type only: its message may carry a connection string) and the next round tries again.
internal abstract partial class PeriodicCleanup(TimeSpan interval, TimeProvider timeProvider, ILogger logger) : BackgroundService
{
    /// <summary>The clock the rounds run by.</summary>
    protected TimeProvider Time { get; } = timeProvider;

    /// <summary>What the clean-up deletes, for the log line of a failed round.</summary>
    protected abstract string What { get; }

    /// <summary>One round of deleting.</summary>
    protected abstract Task CleanUpAsync(CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, Time);
        do
        {
            try
            {
                await CleanUpAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Log.Failed(logger, What, exception.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private static partial class Log
    {
        [LoggerMessage(100, LogLevel.Warning, "Deleting {What} failed ({ExceptionType}); trying again at the next interval")]
        public static partial void Failed(ILogger logger, string what, string exceptionType);
    }
}
