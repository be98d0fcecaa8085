using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;

namespace SourcingBot.Channels.Discord.Rest;

// Rate Limits as documented: per-route buckets learned from X-RateLimit-* headers (a request waits when
// its bucket is known to be empty), the global limit (at most 50 requests a second, and a global 429
// stops everything for its retry_after), and a cap on invalid requests (401, 403, 429) so a bad token or
// a missing permission never turns into a storm that gets the bot banned. Shared by every request.
internal sealed partial class DiscordRateLimiter(TimeProvider timeProvider, IOptions<DiscordOptions> options, ILogger<DiscordRateLimiter> logger)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _routeGates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _bucketHashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly Queue<DateTimeOffset> _invalid = new();
    private readonly Lock _lock = new();
    private DateTimeOffset _globalUntil = DateTimeOffset.MinValue;

    private DiscordRestOptions Limits => options.Value.Rest;

    /// <summary>Until when a global 429 holds every request.</summary>
    public DateTimeOffset GlobalUntil
    {
        get
        {
            lock (_lock)
            {
                return _globalUntil;
            }
        }
    }

    /// <summary>Requests of one route go one at a time, so a known bucket is never overrun by concurrent callers.</summary>
    public SemaphoreSlim Gate(string route) => _routeGates.GetOrAdd(route, _ => new SemaphoreSlim(1, 1));

    /// <summary>Waits until the route's bucket, the global 429 wait and the per-second limit all allow a request.</summary>
    public async Task WaitTurnAsync(string route, CancellationToken cancellationToken)
    {
        while (true)
        {
            ThrowIfTooManyInvalid(route);
            var wait = BucketWait(route);
            var global = DiscordRoutes.IsInteraction(route) ? TimeSpan.Zero : GlobalWait();
            var delay = wait > global ? wait : global;
            if (delay <= TimeSpan.Zero)
            {
                return;
            }

            Log.Waiting(logger, route, delay.TotalMilliseconds);
            DiscordTelemetry.RecordWait(delay, wait > global ? "route" : "global");
            await Task.Delay(delay, timeProvider, cancellationToken);
        }
    }

    /// <summary>Learns the bucket from a response; for a 429, returns how long to wait before sending again.</summary>
    public TimeSpan? Observe(string route, HttpResponseMessage response, RateLimitBody? body)
    {
        var now = timeProvider.GetUtcNow();
        var headers = response.Headers;
        if (Header(headers, "X-RateLimit-Bucket") is { } hash)
        {
            _bucketHashes[route] = hash;
        }

        var bucket = _buckets.GetOrAdd(BucketKey(route), _ => new RateLimitBucket());
        if (Number(headers, "X-RateLimit-Remaining") is { } remaining && Number(headers, "X-RateLimit-Reset-After") is { } resetAfter)
        {
            bucket.Remaining = (int)remaining;
            bucket.ResetAt = now + TimeSpan.FromSeconds(resetAfter);
        }

        var status = response.StatusCode;
        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            CountInvalid(now);
            Log.Refused(logger, route, (int)status);
        }

        if (status != HttpStatusCode.TooManyRequests)
        {
            return null;
        }

        var retryAfter = TimeSpan.FromSeconds(body?.RetryAfter ?? Number(headers, "Retry-After") ?? 1);
        var global = body?.Global == true || string.Equals(Header(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase);
        var shared = string.Equals(Header(headers, "X-RateLimit-Scope"), "shared", StringComparison.OrdinalIgnoreCase);
        DiscordTelemetry.RateLimited.Add(1, new KeyValuePair<string, object?>("discord.scope", global ? "global" : shared ? "shared" : "user"));
        if (!shared)
        {
            CountInvalid(now);
        }

        if (global)
        {
            lock (_lock)
            {
                _globalUntil = Max(_globalUntil, now + retryAfter);
            }
        }
        else
        {
            bucket.Remaining = 0;
            bucket.ResetAt = Max(bucket.ResetAt, now + retryAfter);
        }

        Log.RateLimited(logger, route, retryAfter.TotalMilliseconds, global);
        return retryAfter;
    }

    private TimeSpan BucketWait(string route)
    {
        if (!_buckets.TryGetValue(BucketKey(route), out var bucket) || bucket.Remaining is not <= 0)
        {
            return TimeSpan.Zero;
        }

        var wait = bucket.ResetAt - timeProvider.GetUtcNow();
        if (wait <= TimeSpan.Zero)
        {
            bucket.Remaining = null;
            return TimeSpan.Zero;
        }

        return wait;
    }

    // Takes a place in the current second when there is one; otherwise says how long until there is.
    private TimeSpan GlobalWait()
    {
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            if (_globalUntil > now)
            {
                return _globalUntil - now;
            }

            while (_sent.Count > 0 && now - _sent.Peek() >= Second)
            {
                _sent.Dequeue();
            }

            if (_sent.Count < Limits.RequestsPerSecond)
            {
                _sent.Enqueue(now);
                return TimeSpan.Zero;
            }

            return _sent.Peek() + Second - now;
        }
    }

    private void CountInvalid(DateTimeOffset now)
    {
        lock (_lock)
        {
            _invalid.Enqueue(now);
        }
    }

    private void ThrowIfTooManyInvalid(string route)
    {
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            while (_invalid.Count > 0 && now - _invalid.Peek() >= Minute)
            {
                _invalid.Dequeue();
            }

            if (_invalid.Count >= Limits.InvalidRequestsPerMinute)
            {
                var until = _invalid.Peek() + Minute;
                Log.Paused(logger, route, _invalid.Count, until);
                throw new DiscordRestException(null,
                    $"{route} was not sent: {_invalid.Count} requests were refused by Discord in the last minute (check Discord:BotToken and the bot's permissions); requests resume at {until:u}.");
            }
        }
    }

    private string BucketKey(string route) =>
        _bucketHashes.TryGetValue(route, out var hash) ? $"{hash}|{DiscordRoutes.MajorParameters(route)}" : route;

    private static string? Header(System.Net.Http.Headers.HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static double? Number(System.Net.Http.Headers.HttpResponseHeaders headers, string name) =>
        Header(headers, name) is { } text && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Debug, "{Route} waits {Milliseconds} ms for its rate limit")]
        public static partial void Waiting(ILogger logger, string route, double milliseconds);

        [LoggerMessage(2, LogLevel.Warning, "{Route} was rate limited by Discord for {Milliseconds} ms (global: {Global})")]
        public static partial void RateLimited(ILogger logger, string route, double milliseconds, bool global);

        [LoggerMessage(3, LogLevel.Error, "{Route} was refused by Discord with {Status}: check Discord:BotToken (401) or the bot's permissions in that channel or server (403). Not retried")]
        public static partial void Refused(ILogger logger, string route, int status);

        [LoggerMessage(4, LogLevel.Error, "{Route} not sent: {Count} invalid requests in the last minute; Discord requests are paused until {Until}")]
        public static partial void Paused(ILogger logger, string route, int count, DateTimeOffset until);
    }
}
