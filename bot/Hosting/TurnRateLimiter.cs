using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using SourcingBot.Conversations.Turns;

namespace SourcingBot.Hosting;

/// <summary>
/// Per-conversation and per-user rate limiting of turns, for every channel. The JSON API answers a refused turn
/// with 429 and Retry-After; Teams and Discord would retry a 429, so there the user gets a polite "slow down"
/// reply instead (<see cref="RunAsync"/>). Idle buckets are dropped by the limiter itself.
/// </summary>
internal sealed partial class TurnRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<IncomingTurn>? _limiter;
    private readonly ILogger<TurnRateLimiter> _logger;
    private readonly int _maxTextLength;

    public TurnRateLimiter(IOptions<TurnLimitOptions> options, ILogger<TurnRateLimiter> logger)
    {
        var limits = options.Value;
        _logger = logger;
        _maxTextLength = limits.MaxTextLength;
        if (limits.Enabled)
        {
            _limiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<IncomingTurn, string>(turn => RateLimitPartition.GetTokenBucketLimiter(
                    $"{turn.Channel}|{turn.ConversationId}", _ => Bucket(limits.ConversationBurst, limits.ConversationTurnsPerMinute))),
                PartitionedRateLimiter.Create<IncomingTurn, string>(turn => RateLimitPartition.GetTokenBucketLimiter(
                    $"{turn.Channel}|{turn.UserId}", _ => Bucket(limits.UserBurst, limits.UserTurnsPerMinute))));
        }
    }

    /// <summary>Takes a turn's permit: true when it may run; otherwise false and when to try again.</summary>
    public bool TryAdmit(IncomingTurn turn, out TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(turn);
        retryAfter = TimeSpan.Zero;
        if (_limiter is null)
        {
            return true;
        }

        using var lease = _limiter.AttemptAcquire(turn);
        if (lease.IsAcquired)
        {
            return true;
        }

        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) && wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1);
        Log.Limited(_logger, turn.Channel, retryAfter.TotalSeconds);
        return false;
    }

    /// <summary>
    /// Runs <paramref name="turn"/> through <paramref name="next"/>; answers instead when its text is longer than
    /// <c>TurnLimits:MaxTextLength</c>, or "slow down" when it is over the rate limit.
    /// </summary>
    public ValueTask<TurnResult> RunAsync(
        IncomingTurn turn, Func<IncomingTurn, CancellationToken, ValueTask<TurnResult>> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Text?.Length > _maxTextLength)
        {
            return ValueTask.FromResult(new TurnResult([new Reply
            {
                Kind = ReplyKind.Message,
                Text = $"That message is too long for me: I read at most {_maxTextLength} characters. Please send one question at a time.",
            }]));
        }

        return TryAdmit(turn, out var retryAfter)
            ? next(turn, cancellationToken)
            : ValueTask.FromResult(new TurnResult([SlowDown(retryAfter)]));
    }

    /// <summary>The polite reply to a turn over the limit.</summary>
    public static Reply SlowDown(TimeSpan retryAfter) => new()
    {
        Kind = ReplyKind.Message,
        Text = $"You're sending messages faster than I can answer them. Please slow down and try again in {Seconds(retryAfter)} seconds.",
    };

    /// <summary>Whole seconds, at least one, as a Retry-After header and the reply give them.</summary>
    public static int Seconds(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));

    public void Dispose() => _limiter?.Dispose();

    private static TokenBucketRateLimiterOptions Bucket(int burst, int perMinute) => new()
    {
        TokenLimit = burst,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "A {Channel} turn was over the rate limit (retry after {Seconds} s)")]
        public static partial void Limited(ILogger logger, string channel, double seconds);
    }
}
