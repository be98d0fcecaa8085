using System.Text.Json.Nodes;
using SourcingBot.Tests.Channels.Discord.Fakes;

namespace SourcingBot.Tests.Channels.Discord.Interactions;

public sealed class SlashCommandTests(DiscordBotHost host) : IClassFixture<DiscordBotHost>
{
    [Fact]
    public async Task Help_AnswersInTheChannelWithTheCommands()
    {
        var response = await new InteractionClient(host).CommandAsync("help");

        response["type"]!.GetValue<int>().Should().Be(4);
        response["data"]!["flags"].Should().BeNull("/help answers in the channel");
        var text = response["data"]!.ToJsonString();
        text.Should().Contain("/recommend").And.Contain("/compare").And.Contain("/define").And.Contain("/ask");
    }

    [Fact]
    public async Task Define_TermFromAutocomplete_AnswersWithTheEntryAsAnEmbed()
    {
        var response = await new InteractionClient(host).CommandAsync("define", ("term", "define-nearshoring"));

        var embed = response["data"]!["embeds"]![0]!;
        embed["title"]!.GetValue<string>().Should().Be("What is nearshoring?");
        embed["description"]!.GetValue<string>().Should().ContainEquivalentOf("nearshor");
        Footer(response).Should().StartWith("Sources: ");
        Buttons(response).Should().Contain(button => button["custom_id"]!.GetValue<string>() == "x", "every answer offers the way to a recommendation");
    }

    [Fact]
    public async Task Define_TypedTerm_AnswersTheDefinition()
    {
        var response = await new InteractionClient(host).CommandAsync("define", ("term", "offshoring"));

        response["data"]!["embeds"]![0]!["title"]!.GetValue<string>().Should().Be("What is offshoring?");
    }

    [Fact]
    public async Task Compare_TwoStrategies_ShowsThemSideBySide()
    {
        var response = await new InteractionClient(host).CommandAsync("compare", ("first", "nearshore-outsourcing"), ("second", "captive-centre"));

        var embeds = response["data"]!["embeds"]!.AsArray();
        embeds[0]!["title"]!.GetValue<string>().Should().Be("Nearshore outsourcing vs Captive offshore centre");
        var fields = embeds.SelectMany(embed => embed!["fields"]?.AsArray() ?? []).ToArray();
        fields.Should().HaveCountGreaterThanOrEqualTo(18);
        fields.Where(field => field!["name"]!.GetValue<string>().Contains('·', StringComparison.Ordinal)).Should().HaveCountGreaterThanOrEqualTo(18)
            .And.OnlyContain(field => field!["inline"]!.GetValue<bool>());
        fields.Select(field => field!["name"]!.GetValue<string>()).Should().Contain(name => name.EndsWith("· Nearshore outsourcing", StringComparison.Ordinal))
            .And.Contain(name => name.EndsWith("· Captive offshore centre", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Compare_SameStrategyTwice_AsksForTwoDifferentOnesPrivately()
    {
        var response = await new InteractionClient(host).CommandAsync("compare", ("first", "in-house"), ("second", "in-house"));

        response["data"]!["flags"]!.GetValue<int>().Should().Be(64);
        response["data"]!["content"]!.GetValue<string>().Should().Contain("two different");
    }

    [Fact]
    public async Task Ask_Question_AnswersWithSourcesInTheFooter()
    {
        var response = await new InteractionClient(host).CommandAsync("ask", ("question", "what are the risks of offshoring?"));

        response["type"]!.GetValue<int>().Should().Be(4);
        response["data"]!["embeds"]![0]!["title"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        Footer(response).Should().StartWith("Sources: ");
    }

    [Fact]
    public async Task Ask_TextWithEveryoneMention_NeverPings()
    {
        var response = await new InteractionClient(host).CommandAsync("ask", ("question", "@everyone <@&123> what is outsourcing?"));

        response["data"]!["allowed_mentions"]!.ToJsonString().Should().Be("""{"parse":[]}""");
    }

    [Fact]
    public async Task Ask_InAServer_OffersContinuePrivatelyForTheAssessment()
    {
        var client = new InteractionClient(host, userId: "730000000000000001");
        var response = await client.CommandAsync("ask", ("question", "please recommend a sourcing strategy for my company"));

        response["data"]!.ToJsonString().Should().Contain("Everyone in this conversation can read your answers");
        Buttons(response).Should().Contain(button => button["custom_id"]!.GetValue<string>() == "p");
        var privately = await client.ClickAsync("p", messageFlags: 0);
        privately["data"]!["flags"]!.GetValue<int>().Should().Be(64);
        privately["data"]!["content"]!.GetValue<string>().Should().Contain("/recommend");
    }

    [Fact]
    public async Task UnknownCommand_AnswersPrivately()
    {
        var response = await new InteractionClient(host).CommandAsync("dance");

        response["data"]!["flags"]!.GetValue<int>().Should().Be(64);
    }

    [Fact]
    public async Task FollowUpButton_OnAPublicAnswer_AnswersTheClickerPrivately()
    {
        var client = new InteractionClient(host);
        var answer = await client.CommandAsync("define", ("term", "define-nearshoring"));
        var followUp = Buttons(answer).First(button => button["custom_id"]!.GetValue<string>().StartsWith("e:", StringComparison.Ordinal));

        var response = await client.ClickAsync(followUp["custom_id"]!.GetValue<string>(), messageFlags: 0);

        response["type"]!.GetValue<int>().Should().Be(4);
        response["data"]!["flags"]!.GetValue<int>().Should().Be(64);
        response["data"]!["embeds"]![0]!["title"]!.GetValue<string>().Should().Be(followUp["label"]!.GetValue<string>().TrimEnd('?') + "?");
    }

    [Fact]
    public async Task ExpiredButton_SaysSoPrivately()
    {
        var response = await new InteractionClient(host).ClickAsync("zz:unknown", messageFlags: 0);

        response["data"]!["flags"]!.GetValue<int>().Should().Be(64);
        response["data"]!["content"]!.GetValue<string>().Should().Contain("expired");
    }

    [Fact]
    public async Task Commands_InADirectMessage_Answer()
    {
        var response = await new InteractionClient(host, guildId: null).CommandAsync("ask", ("question", "what is nearshoring?"));

        response["data"]!["embeds"]![0]!["title"]!.GetValue<string>().Should().Be("What is nearshoring?");
    }

    internal static IEnumerable<JsonNode> Buttons(JsonNode response) =>
        (response["data"]!["components"]?.AsArray() ?? []).SelectMany(row => row!["components"]!.AsArray()).Select(component => component!);

    private static string Footer(JsonNode response) =>
        response["data"]!["embeds"]!.AsArray().Select(embed => embed!["footer"]?["text"]?.GetValue<string>()).Last(text => text is not null)!;
}
