namespace SourcingBot.Channels.Discord.Gateway;

// Identify limits: session_start_limit.remaining IDENTIFYs until reset_after, and (with max_concurrency 1)
// one IDENTIFY per 5 seconds. Resumes do not count.
internal sealed partial class GatewayIdentifyLimit(TimeProvider timeProvider)
{
    private int? _remaining;
    private DateTimeOffset _resetAt;
    private DateTimeOffset _last = DateTimeOffset.MinValue;

    public void Update(SessionStartLimit? limit)
    {
        if (limit is not null)
        {
            _remaining = limit.Remaining;
            _resetAt = timeProvider.GetUtcNow() + TimeSpan.FromMilliseconds(limit.ResetAfter);
        }
    }

    public async Task WaitAsync(TimeSpan spacing, ILogger logger, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (_remaining <= 0 && _resetAt > now)
        {
            Log.StartsExhausted(logger, _resetAt);
            await Task.Delay(_resetAt - now, timeProvider, cancellationToken);
            _remaining = null;
        }

        now = timeProvider.GetUtcNow();
        if (_last != DateTimeOffset.MinValue && now - _last < spacing)
        {
            await Task.Delay(spacing - (now - _last), timeProvider, cancellationToken);
        }

        _last = timeProvider.GetUtcNow();
        _remaining--;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "No Discord session starts left; identifying again at {ResetAt}")]
        public static partial void StartsExhausted(ILogger logger, DateTimeOffset resetAt);
    }
}
