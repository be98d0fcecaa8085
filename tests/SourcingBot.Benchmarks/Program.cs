using BenchmarkDotNet.Running;

namespace SourcingBot.Benchmarks;

/// <summary>Entry point of the benchmarks.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks chosen by <paramref name="args"/> (e.g. <c>--filter '*'</c>).</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
