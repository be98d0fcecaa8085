using System.Text.RegularExpressions;
using SourcingBot.Tests.Hosting;

namespace SourcingBot.Tests.Cli;

public sealed class BenchCommandTests(KestrelBot bot) : IClassFixture<KestrelBot>
{
    [Theory]
    [InlineData("chat")]
    [InlineData("teams")]
    public async Task BenchHttp_AgainstARunningBot_ReportsThroughputLatencyAndNoErrors(string target)
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(
            ["bench", "http", "--url", bot.BaseAddress.ToString(), "--target", target, "--clients", "2", "--duration", "00:00:01", "--warm-up", "00:00:03"]);

        exitCode.Should().Be(0, error);
        output.Should().Contain("errors 0").And.MatchRegex(@"req/s\s+[1-9]").And.MatchRegex(@"p99 \d+\.\d\d ms");
        Regex.Match(output, @"requests\s+([\d,]+)").Groups[1].Value.Replace(",", "", StringComparison.Ordinal).Should().NotBe("0");
    }

    [Fact]
    public async Task BenchHttp_UnknownScenario_ExitsWith2AndSaysWhy()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(["bench", "http", "--url", bot.BaseAddress.ToString(), "--scenario", "bogus"]);

        exitCode.Should().Be(2);
        error.Should().Contain("bogus");
    }
}
