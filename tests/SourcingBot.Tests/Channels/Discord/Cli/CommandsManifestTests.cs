using System.Text.Json.Nodes;
using SourcingBot.Channels.Discord.Rendering;
using SourcingBot.Knowledge.Loading;

namespace SourcingBot.Tests.Channels.Discord.Cli;

public sealed class CommandsManifestTests
{
    private static readonly JsonArray Commands = JsonNode.Parse(
        typeof(SourcingBot.Cli.DiscordCommand).Assembly.GetManifestResourceStream(SourcingBot.Cli.DiscordCommand.ManifestResource)!)!.AsArray();

    [Fact]
    public void Manifest_NamesTheCommandsAndOptionsOfTheIssue()
    {
        Commands.Select(command => command!["name"]!.GetValue<string>()).Should().Equal("help", "define", "compare", "ask", "recommend");
        Option("define", "term")["autocomplete"]!.GetValue<bool>().Should().BeTrue();
        Option("compare", "first")["choices"]!.AsArray().Should().NotBeEmpty();
        Option("compare", "second")["choices"]!.AsArray().Should().NotBeEmpty();
        Option("ask", "question")["type"]!.GetValue<int>().Should().Be(3);
        MessageValidator.ValidateCommands(Commands).Should().BeEmpty();
    }

    [Fact]
    public void Manifest_CompareChoicesAreTheKnowledgeStrategies()
    {
        var strategies = KnowledgeLoader.LoadEmbedded().Knowledge!.Strategies;

        foreach (var option in new[] { "first", "second" })
        {
            Option("compare", option)["choices"]!.AsArray()
                .Select(choice => (choice!["name"]!.GetValue<string>(), choice["value"]!.GetValue<string>()))
                .Should().Equal(strategies.Select(strategy => (strategy.Name, strategy.Id)));
        }
    }

    private static JsonNode Option(string command, string option) =>
        Commands.Single(c => c!["name"]!.GetValue<string>() == command)!["options"]!.AsArray().Single(o => o!["name"]!.GetValue<string>() == option)!;
}
