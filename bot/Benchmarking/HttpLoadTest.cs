using System.Diagnostics;

namespace SourcingBot.Benchmarking;

// Drives a running bot over real HTTP: N clients, each on its own keep-alive connection and its own
// conversations, send turns back to back; requests during the warm-up are not counted.
internal sealed class HttpLoadTest(LoadTestOptions options)
{
    public async Task<LoadTestResult> RunAsync(CancellationToken cancellationToken)
    {
        Func<string, string, HttpRequestMessage> request = options.Target switch
        {
            "chat" => ChatLoadScript.Request,
            "teams" => TeamsLoadScript.Request,
            _ => throw new ArgumentException($"Unknown target \"{options.Target}\"; use chat or teams."),
        };
        var script = ChatLoadScript.For(options.Scenario);
        var run = Guid.NewGuid().ToString("N")[..8];
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + (long)(options.WarmUp.TotalSeconds * Stopwatch.Frequency);
        var stopAt = measureFrom + (long)(options.Duration.TotalSeconds * Stopwatch.Frequency);
        var clients = Enumerable.Range(0, options.Clients)
            .Select(index => Task.Run(() => ClientAsync($"bench-{run}-{index}", script, request, measureFrom, stopAt, cancellationToken), cancellationToken))
            .ToArray();
        var results = await Task.WhenAll(clients);
        var latencies = results.SelectMany(r => r.Latencies).ToArray();
        Array.Sort(latencies);
        return new LoadTestResult(options, latencies.Length, results.Sum(r => r.Errors), options.Duration, latencies);
    }

    private async Task<(List<double> Latencies, long Errors)> ClientAsync(
        string client,
        IReadOnlyList<string> script,
        Func<string, string, HttpRequestMessage> request,
        long measureFrom,
        long stopAt,
        CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { BaseAddress = options.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var latencies = new List<double>(capacity: 100_000);
        long errors = 0;
        var round = 0;
        while (Stopwatch.GetTimestamp() < stopAt && !cancellationToken.IsCancellationRequested)
        {
            var conversation = $"{client}-{round++}";
            foreach (var text in script)
            {
                var sent = Stopwatch.GetTimestamp();
                if (sent >= stopAt)
                {
                    break;
                }

                var ok = false;
                try
                {
                    using var message = request(conversation, text);
                    using var response = await http.SendAsync(message, cancellationToken);
                    await response.Content.CopyToAsync(Stream.Null, cancellationToken);
                    ok = response.IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                }

                if (sent >= measureFrom)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                    errors += ok ? 0 : 1;
                }
            }
        }

        return (latencies, errors);
    }
}
