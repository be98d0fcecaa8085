using System.Text.Json.Nodes;
using SourcingBot.Tests.Channels.Discord.Fakes;

namespace SourcingBot.Tests.Channels.Discord.Interactions;

public sealed class RecommendFlowTests(DiscordBotHost host) : IClassFixture<DiscordBotHost>
{
    private const int Ephemeral = 64;

    // What the test types into the modal of each typed step.
    private static readonly Dictionary<string, string> Typed = new(StringComparer.Ordinal)
    {
        ["team-size"] = "about 40 people",
        ["company-size"] = "250 employees",
        ["budget"] = "$250k a year",
        ["start"] = "within 3 months",
        ["headquarters"] = "Berlin",
    };

    [Fact]
    public async Task Recommend_WholeFlowWithComponents_EndsWithTheRecommendationAndShares()
    {
        var client = new InteractionClient(host, userId: "710000000000000001");
        var response = await client.CommandAsync("recommend");
        response["type"]!.GetValue<int>().Should().Be(4);
        response["data"]!["flags"]!.GetValue<int>().Should().Be(Ephemeral, "company details stay private");
        var goals = Select(response, "s:goals");
        goals["max_values"]!.GetValue<int>().Should().BeGreaterThan(1, "goals are a multi-select");

        response = await client.ClickAsync("s:goals", Ephemeral, "reduce-costs", "access-talent");
        var steps = new List<string>();
        for (var turn = 0; turn < 30 && !HasButton(response, "c:confirm"); turn++)
        {
            response["type"]!.GetValue<int>().Should().Be(7, "each answer updates the same message");
            HasButton(response, "c:cancel").Should().BeTrue();
            HasButton(response, "c:restart").Should().BeTrue();
            response = await AnswerAsync(client, response, steps);
        }

        steps.Should().Contain(["team-size", "budget", "start", "headquarters"]);
        var summaryFields = response["data"]!["embeds"]!.AsArray().SelectMany(embed => embed!["fields"]?.AsArray() ?? []).ToArray();
        summaryFields.Should().Contain(field => field!["value"]!.GetValue<string>().Contains("Reduce costs", StringComparison.Ordinal));
        Select(response, "g")["options"]!.AsArray().Should().HaveCountGreaterThan(5, "any answer can be changed from the summary");

        var result = await client.ClickAsync("c:confirm", Ephemeral);
        result["type"]!.GetValue<int>().Should().Be(7);
        result["data"]!["flags"].Should().BeNull("an update keeps the message's own flags");
        result["data"]!["embeds"]![0]!["title"]!.GetValue<string>().Should().StartWith("Recommended: ");
        HasButton(result, "sh").Should().BeTrue("the result can be shared");

        var copy = await client.ClickAsync("c:summary", Ephemeral);
        copy["type"]!.GetValue<int>().Should().Be(4, "the summary to copy comes as its own message; the result stays in view");
        copy["data"]!["flags"]!.GetValue<int>().Should().Be(Ephemeral);
        copy["data"]!["embeds"]!.AsArray().Should().Contain(embed => embed!["description"]!.GetValue<string>().StartsWith("```md", StringComparison.Ordinal));

        var shared = await client.ClickAsync("sh", Ephemeral);
        shared["type"]!.GetValue<int>().Should().Be(4);
        shared["data"]!["flags"].Should().BeNull("a shared summary is for everyone in the channel");
        shared["data"]!["embeds"]![0]!["title"]!.GetValue<string>().Should().Be("Sourcing recommendation");
        shared["data"]!["embeds"]![0]!["description"]!.GetValue<string>().Should().Contain($"<@{client.UserId}>");
    }

    [Fact]
    public async Task Recommend_TalkToAnExpert_TakesTheDetailsThroughModalsInThePrivateFlow()
    {
        var client = new InteractionClient(host, userId: "710000000000000007");
        var response = await client.CommandAsync("recommend");
        var steps = new List<string>();
        for (var turn = 0; turn < 30 && !HasButton(response, "c:confirm"); turn++)
        {
            response = await AnswerAsync(client, response, steps);
        }

        var result = await client.ClickAsync("c:confirm", Ephemeral);
        HasButton(result, "c:expert").Should().BeTrue("a recommendation offers to talk to an expert");

        response = await client.ClickAsync("c:expert", Ephemeral);
        foreach (var (step, typed) in new[]
        {
            ("lead-name", "Ada Lovelace"), ("lead-email", "ada@analytical-engines.example"),
            ("lead-company", "Analytical Engines Ltd"), ("lead-contact-time", "weekday mornings CET"),
        })
        {
            response["type"]!.GetValue<int>().Should().Be(7, "each detail updates the private message");
            HasButton(response, $"m:{step}").Should().BeTrue($"the private flow cannot take typed text, so {step} has an input");
            var modal = await client.ClickAsync($"m:{step}", Ephemeral);
            modal["type"]!.GetValue<int>().Should().Be(9);
            response = await client.SubmitModalAsync($"f:{step}", typed);
        }

        response["data"]!.ToJsonString().Should().Contain("Ada Lovelace").And.Contain("ada@analytical-engines.example");
        var agreed = await client.ClickAsync("c:confirm", Ephemeral);
        agreed["data"]!.ToJsonString().Should().Contain("An expert will contact you at ada@analytical-engines.example");
    }

    [Fact]
    public async Task Recommend_BackButton_ReturnsToThePreviousQuestion()
    {
        var client = new InteractionClient(host, userId: "710000000000000002");
        await client.CommandAsync("recommend");
        var second = await client.ClickAsync("s:goals", Ephemeral, "reduce-costs");
        Title(second).Should().Contain("Question 2");

        var back = await client.ClickAsync("c:back", Ephemeral);

        back["type"]!.GetValue<int>().Should().Be(7);
        Title(back).Should().Contain("Question 1");
    }

    [Fact]
    public async Task Recommend_Cancel_EndsTheAssessment()
    {
        var client = new InteractionClient(host, userId: "710000000000000003");
        await client.CommandAsync("recommend");

        var cancelled = await client.ClickAsync("c:cancel", Ephemeral);

        cancelled["type"]!.GetValue<int>().Should().Be(7);
        cancelled["data"]!.ToJsonString().Should().Contain("cancelled");
        HasButton(cancelled, "x").Should().BeTrue("the user can start again");
    }

    [Fact]
    public async Task Recommend_Restart_StartsFromTheFirstQuestion()
    {
        var client = new InteractionClient(host, userId: "710000000000000004");
        await client.CommandAsync("recommend");
        await client.ClickAsync("s:goals", Ephemeral, "reduce-costs");

        var restarted = await client.ClickAsync("c:restart", Ephemeral);

        restarted["data"]!["embeds"]!.AsArray().Select(embed => embed!["title"]?.GetValue<string>()).Should().Contain(title => title != null && title.Contains("Question 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Recommend_UnreadableModalAnswer_AsksAgain()
    {
        var client = new InteractionClient(host, userId: "710000000000000005");
        var response = await client.CommandAsync("recommend");
        var steps = new List<string>();
        while (!HasButton(response, "m:team-size"))
        {
            response = await AnswerAsync(client, response, steps);
        }

        var again = await client.SubmitModalAsync("f:team-size", "no idea, really");

        again["type"]!.GetValue<int>().Should().Be(7);
        HasButton(again, "m:team-size").Should().BeTrue("the same question is asked again");
    }

    [Fact]
    public async Task Recommend_InADirectMessage_IsEphemeralToo()
    {
        var response = await new InteractionClient(host, userId: "710000000000000006", guildId: null).CommandAsync("recommend");

        response["data"]!["flags"]!.GetValue<int>().Should().Be(Ephemeral);
    }

    // Answers whatever the message asks, the way a user would with its components.
    private static async Task<JsonNode> AnswerAsync(InteractionClient client, JsonNode response, List<string> steps)
    {
        var components = SlashCommandTests.Buttons(response).ToArray();
        var select = components.FirstOrDefault(component => component["custom_id"]!.GetValue<string>().StartsWith("s:", StringComparison.Ordinal));
        if (select is not null)
        {
            var id = select["custom_id"]!.GetValue<string>();
            steps.Add(id[2..]);
            var value = select["options"]![0]!["value"]!.GetValue<string>();
            return await client.ClickAsync(id, Ephemeral, value);
        }

        var choice = components.FirstOrDefault(component => component["custom_id"]!.GetValue<string>().StartsWith("a:", StringComparison.Ordinal))
            ?? components.FirstOrDefault(component => component["custom_id"]!.GetValue<string>() == "t:yes");
        if (choice is not null)
        {
            steps.Add(choice["custom_id"]!.GetValue<string>());
            return await client.ClickAsync(choice["custom_id"]!.GetValue<string>(), Ephemeral);
        }

        var typed = components.First(component => component["custom_id"]!.GetValue<string>().StartsWith("m:", StringComparison.Ordinal));
        var step = typed["custom_id"]!.GetValue<string>()[2..];
        steps.Add(step);
        var modal = await client.ClickAsync($"m:{step}", Ephemeral);
        modal["type"]!.GetValue<int>().Should().Be(9);
        modal["data"]!["custom_id"]!.GetValue<string>().Should().Be($"f:{step}");
        return await client.SubmitModalAsync($"f:{step}", Typed.GetValueOrDefault(step, "yes"));
    }

    private static JsonNode Select(JsonNode response, string customId) =>
        SlashCommandTests.Buttons(response).Single(component => component["custom_id"]!.GetValue<string>() == customId);

    private static bool HasButton(JsonNode response, string customId) =>
        SlashCommandTests.Buttons(response).Any(component => component["custom_id"]!.GetValue<string>() == customId);

    private static string Title(JsonNode response) =>
        string.Join(" | ", response["data"]!["embeds"]!.AsArray().Select(embed => embed!["title"]?.GetValue<string>()));
}
