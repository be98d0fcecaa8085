using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SourcingBot.Conversations.State;
using SourcingBot.Tests.Channels.Discord.Fakes;

namespace SourcingBot.Tests.Channels.Discord.Interactions;

public sealed class DuplicateInteractionTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"sourcingbot-discord-{Guid.NewGuid():N}");
    private readonly DiscordBotHost _first;
    private readonly DiscordBotHost _second;

    public DuplicateInteractionTests()
    {
        // Two instances of the bot on one SQLite file, as two servers behind one interactions URL.
        var database = Path.Combine(_folder, "shared.db");
        _first = DiscordBotHost.WithSettings(("Storage:SqlitePath", database));
        _second = DiscordBotHost.WithSettings(("Storage:SqlitePath", database));
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        await _first.InitializeAsync();
        await _second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task HandleAsync_SameInteractionDeliveredTwice_RunsOneTurnAndAnswersBothAlike()
    {
        var client = new InteractionClient(_first, userId: "730000000000000001");
        await client.CommandAsync("recommend");
        var click = Click(client, "s:goals", "reduce-costs");
        var before = _first.Turns.Count;

        var once = await client.PostOkAsync(click);
        var again = await client.PostOkAsync(click);

        _first.Turns.Count.Should().Be(before + 1, "a redelivered interaction is not handled again");
        again.ToJsonString().Should().Be(once.ToJsonString());
        once["type"]!.GetValue<int>().Should().Be(7);
        var back = await client.ClickAsync("c:back", 64);
        back["data"]!["embeds"]!.AsArray().Select(embed => embed!["title"]?.GetValue<string>())
            .Should().Contain(title => title != null && title.Contains("Question 1", StringComparison.Ordinal), "the goals were answered once, so one step back is the first question");
    }

    [Fact]
    public async Task HandleAsync_RedeliveredToAnotherInstance_IsAnsweredFromTheFirst()
    {
        var interaction = new InteractionClient(_first, userId: "730000000000000002").Interaction(2, new JsonObject
        {
            ["name"] = "ask",
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = "question", ["type"] = 3, ["value"] = "what is nearshoring?" })
        });

        var once = await new InteractionClient(_first).PostOkAsync(interaction);
        var again = await new InteractionClient(_second).PostOkAsync(interaction);

        again.ToJsonString().Should().Be(once.ToJsonString());
        _second.Turns.Count.Should().Be(0, "the other instance had handled it already");
        once["data"]!["embeds"]![0]!["title"]!.GetValue<string>().Should().Be("What is nearshoring?");
    }

    [Fact]
    public async Task HandleAsync_RedeliveredWhileTheFirstIsStillRunning_WaitsForItsResponse()
    {
        var client = new InteractionClient(_first, userId: "730000000000000003");
        var interaction = client.Interaction(2, new JsonObject
        {
            ["name"] = "ask",
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = "question", ["type"] = 3, ["value"] = "what is offshoring?" })
        });
        _first.Turns.Hold();

        var first = client.PostOkAsync(interaction);
        await _first.Turns.Entered;
        var second = client.PostOkAsync(interaction);
        await _first.AdvanceUntilAsync(() => first.IsCompleted, TimeSpan.FromMilliseconds(10), maximumSteps: 400);
        await _first.AdvanceUntilAsync(() => second.IsCompleted, TimeSpan.FromMilliseconds(10), maximumSteps: 50);

        (await first)["type"]!.GetValue<int>().Should().Be(5, "the held turn is deferred");
        (await second).ToJsonString().Should().Be((await first).ToJsonString(), "the repeat gets the first delivery's response");
        _first.Turns.Count.Should().Be(1);
        _first.Turns.Release();
        await _first.Discord.WaitForAsync(request => request.Method == "PATCH", "the edit of the original response");
        await Task.Delay(100);
        _first.Discord.Requests.Count(request => request.Method == "PATCH").Should().Be(1, "the answer is sent once");
    }

    [Fact]
    public async Task HandleAsync_PingDeliveredTwice_IsAnsweredBothTimes()
    {
        var ping = Encoding.UTF8.GetBytes("""{"id":"5","application_id":"100000000000000001","type":1,"token":"t","version":1}""");
        var client = new InteractionClient(_first);

        var once = await client.PostAsync(ping);
        var again = await client.PostAsync(ping);

        once.Status.Should().Be(HttpStatusCode.OK);
        again.Body.Should().Be(once.Body);
    }

    [Fact]
    public async Task HandleAsync_Autocomplete_IsAnsweredEachTimeWithoutARecord()
    {
        var client = new InteractionClient(_first);
        var autocomplete = client.Interaction(4, new JsonObject
        {
            ["name"] = "define",
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = "term", ["type"] = 3, ["value"] = "near", ["focused"] = true })
        });

        var once = await client.PostOkAsync(autocomplete);
        var again = await client.PostOkAsync(autocomplete);

        again.ToJsonString().Should().Be(once.ToJsonString());
        once["data"]!["choices"]!.AsArray().Should().NotBeEmpty();
        var store = _first.Services.GetRequiredService<IIdempotencyStore>();
        (await store.TryBeginAsync($"discord:interaction:{autocomplete["id"]}", TimeSpan.FromMinutes(1), CancellationToken.None))
            .IsFirst.Should().BeTrue("suggestions change nothing, so keystrokes are not written to the store");
    }

    private static JsonObject Click(InteractionClient client, string customId, string value) =>
        client.Interaction(3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 3, ["values"] = new JsonArray(value) }, messageFlags: 64);
}
