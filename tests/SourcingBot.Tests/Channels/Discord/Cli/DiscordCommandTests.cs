using System.Text.Json.Nodes;
using SourcingBot.Tests.Channels.Discord.Fakes;
using SourcingBot.Tests.Cli;

namespace SourcingBot.Tests.Channels.Discord.Cli;

public sealed class DiscordCommandTests : IAsyncLifetime
{
    private FakeDiscord _discord = null!;

    public async Task InitializeAsync() => _discord = await FakeDiscord.StartAsync();

    public async Task DisposeAsync() => await _discord.DisposeAsync();

    [Fact]
    public async Task RegisterCommands_Guild_OverwritesThemAndPrintsWhatChanged()
    {
        _discord.Commands["42"] = JsonNode.Parse("""
            [{"id":"1","name":"help","type":1,"description":"What SourcingBot can do and how to ask it","version":"1"},
             {"id":"2","name":"ask","type":1,"description":"old text","version":"1"},
             {"id":"3","name":"legacy","type":1,"description":"gone","version":"1"}]
            """)!.AsArray();

        var (exitCode, output, error) = await CliRunner.RunAsync(
            ["discord", "register-commands", "--guild", "42", $"--Discord:ApiBaseUrl={_discord.ApiBaseUrl}",
             $"--Discord:ApplicationId={FakeDiscord.ApplicationId}", $"--Discord:BotToken={FakeDiscord.BotToken}"]);

        exitCode.Should().Be(0, error);
        var put = _discord.Requests.Should().ContainSingle(r => r.Method == "PUT").Subject;
        put.Path.Should().Be($"/applications/{FakeDiscord.ApplicationId}/guilds/42/commands");
        put.Headers["Authorization"].Should().Be($"Bot {FakeDiscord.BotToken}");
        var names = put.Json!.AsArray().Select(command => command!["name"]!.GetValue<string>());
        names.Should().Equal("help", "define", "compare", "ask", "recommend");
        output.Should().Contain("Registered 5 commands in server 42")
            .And.Contain("added: /define, /compare, /recommend")
            .And.Contain("updated: /ask")
            .And.Contain("removed: /legacy")
            .And.Contain("unchanged: /help");
        _discord.Problems.Should().BeEmpty();
    }

    [Fact]
    public async Task RegisterCommands_Global_UsesTheApplicationRoute()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(
            ["discord", "register-commands", $"--Discord:ApiBaseUrl={_discord.ApiBaseUrl}",
             $"--Discord:ApplicationId={FakeDiscord.ApplicationId}", $"--Discord:BotToken={FakeDiscord.BotToken}"]);

        exitCode.Should().Be(0, error);
        _discord.Requests.Should().ContainSingle(r => r.Method == "PUT" && r.Path == $"/applications/{FakeDiscord.ApplicationId}/commands");
        output.Should().Contain("globally");
    }

    [Fact]
    public async Task RegisterCommands_RejectedToken_FailsWithTheReason()
    {
        _discord.Script(new ScriptedResponse(r => r.Method == "GET", 401, """{"message": "401: Unauthorized", "code": 0}"""));

        var (exitCode, _, error) = await CliRunner.RunAsync(
            ["discord", "register-commands", $"--Discord:ApiBaseUrl={_discord.ApiBaseUrl}",
             $"--Discord:ApplicationId={FakeDiscord.ApplicationId}", "--Discord:BotToken=wrong"]);

        exitCode.Should().Be(1);
        error.Should().Contain("401");
        _discord.Requests.Should().ContainSingle("a refused token is not retried");
    }

    [Fact]
    public async Task RegisterCommands_WithoutApplicationId_SaysWhatToSet()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(["discord", "register-commands", $"--Discord:ApiBaseUrl={_discord.ApiBaseUrl}", "--Discord:BotToken=x"]);

        exitCode.Should().Be(1);
        error.Should().Contain("Discord:ApplicationId");
    }
}
