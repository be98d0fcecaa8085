using System.Globalization;

namespace SourcingBot.Benchmarking;

// The outcome of a load test: throughput, latency percentiles and errors.
internal sealed record LoadTestResult(LoadTestOptions Options, long Requests, long Errors, TimeSpan Elapsed, double[] SortedLatenciesMs)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    public double Percentile(double p)
    {
        if (SortedLatenciesMs.Length == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(p / 100 * SortedLatenciesMs.Length) - 1;
        return SortedLatenciesMs[Math.Clamp(rank, 0, SortedLatenciesMs.Length - 1)];
    }

    public string Format() => string.Create(CultureInfo.InvariantCulture,
        $"""
        target {Options.Target} ({Options.Scenario}) at {Options.BaseAddress} — {Options.Clients} clients, {Elapsed.TotalSeconds:0.#} s measured after {Options.WarmUp.TotalSeconds:0.#} s warm-up
        requests  {Requests,10:N0}    errors {Errors:N0}
        req/s     {RequestsPerSecond,10:N0}
        latency   p50 {Percentile(50):0.00} ms   p90 {Percentile(90):0.00} ms   p99 {Percentile(99):0.00} ms   max {(SortedLatenciesMs.Length == 0 ? 0 : SortedLatenciesMs[^1]):0.00} ms
        """);
}
