using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using SourcingBot.Tests.Hosting;

namespace SourcingBot.Tests.Cli;

public sealed class BenchCommandTests(KestrelBot bot) : IClassFixture<KestrelBot>
{
    [Theory]
    [InlineData("chat")]
    [InlineData("messages")]
    public async Task BenchHttp_AgainstARunningBot_ReportsThroughputLatencyAndNoErrors(string target)
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(
            ["bench", "http", "--url", bot.BaseAddress.ToString(), "--target", target, "--clients", "2", "--duration", "00:00:01", "--warm-up", "00:00:03"]);

        exitCode.Should().Be(0, error);
        output.Should().Contain("errors 0").And.MatchRegex(@"req/s\s+[1-9]").And.MatchRegex(@"p99 \d+\.\d\d ms");
        Requests(output).Should().NotBe(0);
    }

    [Fact]
    public async Task BenchHttp_UnknownScenario_ExitsWith2AndSaysWhy()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(["bench", "http", "--url", bot.BaseAddress.ToString(), "--scenario", "bogus"]);

        exitCode.Should().Be(2);
        error.Should().Contain("bogus");
    }

    [Fact]
    public async Task BenchHttp_MessagesTarget_ActivitiesExpectingRepliesAreAnswered()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(
            ["bench", "http", "--url", bot.BaseAddress.ToString(), "--target", "messages", "--clients", "2", "--duration", "00:00:01", "--warm-up", "00:00:03"]);

        exitCode.Should().Be(0, error);
        output.Should().Contain("target messages").And.Contain("errors 0");
        Requests(output).Should().NotBe(0);
    }

    [Fact]
    public async Task BenchHttp_CompareAndRepeat_ReportsMediansAndTheRatio()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(
        [
            "bench", "http", "--url", bot.BaseAddress.ToString(), "--compare", bot.BaseAddress.ToString(), "--repeat", "2",
            "--target", "messages", "--scenario", "questions", "--clients", "1", "--duration", "00:00:01", "--warm-up", "00:00:00",
        ]);

        exitCode.Should().Be(0, error);
        Regex.Matches(output, "target messages").Should().HaveCount(4);
        output.Should().Contain("median of 2 runs").And.MatchRegex(@"ratio \d+\.\d×");
    }

    [Fact]
    public async Task BenchHttp_DiscordTarget_InteractionsSignedWithTheKeyPairAreAccepted()
    {
        var (publicKey, privateKey) = await NewKeyPairAsync();
        await using var discordBot = StartBot(new BotFactory().With("Discord:PublicKey", publicKey), out var address);

        var (exitCode, output, error) = await CliRunner.RunAsync(
        [
            "bench", "http", "--url", address, "--target", "discord", "--private-key", privateKey, "--signed-rounds", "3",
            "--clients", "2", "--duration", "00:00:01", "--warm-up", "00:00:03",
        ]);

        exitCode.Should().Be(0, error);
        output.Should().Contain("target discord").And.Contain("errors 0");
        Requests(output).Should().NotBe(0);
    }

    [Fact]
    public async Task BenchHttp_DiscordTargetWithAnotherKey_CountsTheRefusedRequestsAsErrors()
    {
        var (publicKey, _) = await NewKeyPairAsync();
        var (_, otherPrivateKey) = await NewKeyPairAsync();
        await using var discordBot = StartBot(new BotFactory().With("Discord:PublicKey", publicKey), out var address);

        var (exitCode, output, _) = await CliRunner.RunAsync(
        [
            "bench", "http", "--url", address, "--target", "discord", "--private-key", otherPrivateKey, "--signed-rounds", "1",
            "--clients", "1", "--duration", "00:00:01", "--warm-up", "00:00:00",
        ]);

        exitCode.Should().Be(1);
        output.Should().NotContain("errors 0");
    }

    [Fact]
    public async Task BenchHttp_DiscordTargetWithoutKey_ExitsWith2AndSaysWhatIsMissing()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(["bench", "http", "--url", bot.BaseAddress.ToString(), "--target", "discord"]);

        exitCode.Should().Be(2);
        error.Should().Contain("--private-key");
    }

    private static async Task<(string PublicKey, string PrivateKey)> NewKeyPairAsync()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync(["bench", "discord-key"]);
        exitCode.Should().Be(0);
        return (Regex.Match(output, @"Discord:PublicKey\s+([0-9a-f]{64})").Groups[1].Value, Regex.Match(output, @"--private-key\s+([0-9a-f]{64})").Groups[1].Value);
    }

    private static BotFactory StartBot(BotFactory factory, out string address)
    {
        factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        factory.StartServer();
        address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return factory;
    }

    private static long Requests(string output) =>
        long.Parse(Regex.Match(output, @"requests\s+([\d,]+)").Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
}
