using SourcingBot.Tests.Channels.Discord.Fakes;

namespace SourcingBot.Tests.Channels.Discord.Interactions;

public sealed class AutocompleteTests(DiscordBotHost host) : IClassFixture<DiscordBotHost>
{
    [Theory]
    [InlineData("near", "define-nearshoring")]
    [InlineData("Offshori", "define-offshoring")]
    [InlineData("captive", "define-captive-centre")]
    [InlineData("build", "define-bot-model")]
    public async Task Define_Prefix_PutsTheMatchFirst(string typed, string expected)
    {
        var choices = await ChoicesAsync(typed);

        choices.Should().NotBeEmpty();
        choices[0].Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("ofshoring", "define-offshoring")]
    [InlineData("nearshorring", "define-nearshoring")]
    [InlineData("outsorcing", "define-outsourcing")]
    public async Task Define_Misspelt_FindsItFuzzily(string typed, string expected)
    {
        var choices = await ChoicesAsync(typed);

        choices.Select(choice => choice.Value).Should().Contain(expected);
    }

    [Fact]
    public async Task Define_Empty_OffersTheDefinitionsUpTo25()
    {
        var choices = await ChoicesAsync(string.Empty);

        choices.Count.Should().BeInRange(5, 25);
        choices.Select(choice => choice.Value).Should().OnlyHaveUniqueItems().And.OnlyContain(value => value.StartsWith("define-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Define_Nonsense_OffersNothing()
    {
        var choices = await ChoicesAsync("qqqqzzzz");

        choices.Should().BeEmpty();
    }

    private async Task<List<(string Name, string Value)>> ChoicesAsync(string typed)
    {
        var response = await new InteractionClient(host).AutocompleteAsync(typed);
        response["type"]!.GetValue<int>().Should().Be(8);
        return response["data"]!["choices"]!.AsArray()
            .Select(choice => (choice!["name"]!.GetValue<string>(), choice["value"]!.GetValue<string>()))
            .ToList();
    }
}
