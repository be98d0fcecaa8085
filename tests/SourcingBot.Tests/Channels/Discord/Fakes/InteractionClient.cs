using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SourcingBot.Channels.Discord;
using SourcingBot.Channels.Discord.Interactions;
using SourcingBot.Channels.Discord.Rendering;

namespace SourcingBot.Tests.Channels.Discord.Fakes;

/// <summary>
/// Sends interactions as Discord does: signed JSON to /api/discord/interactions, from one user in one
/// channel (of a server unless <c>guildId</c> is null). Every response body is checked against the limits.
/// </summary>
public sealed class InteractionClient(DiscordBotHost host, string userId = "700000000000000007", string? guildId = "300000000000000003", string channelId = "400000000000000004")
{
    // Interaction ids are unique snowflakes, across clients too (the bot handles each id once).
    private static long _ids = 800_000_000_000_000_000;

    public string UserId => userId;

    public Task<JsonNode> CommandAsync(string name, params (string Name, string Value)[] options) =>
        PostOkAsync(Interaction(2, new JsonObject
        {
            ["id"] = "1",
            ["name"] = name,
            ["type"] = 1,
            ["options"] = new JsonArray(options.Select(option => (JsonNode)new JsonObject { ["name"] = option.Name, ["type"] = 3, ["value"] = option.Value }).ToArray()),
        }));

    public Task<JsonNode> AutocompleteAsync(string typed) =>
        PostOkAsync(Interaction(4, new JsonObject
        {
            ["id"] = "1",
            ["name"] = "define",
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = "term", ["type"] = 3, ["value"] = typed, ["focused"] = true }),
        }));

    /// <summary>Clicks a button (or picks select values) on a message with the given flags (64 for ephemeral).</summary>
    public Task<JsonNode> ClickAsync(string customId, int messageFlags, params string[] values)
    {
        var data = new JsonObject { ["custom_id"] = customId, ["component_type"] = values.Length > 0 ? 3 : 2 };
        if (values.Length > 0)
        {
            data["values"] = new JsonArray(values.Select(value => (JsonNode)JsonValue.Create(value)).ToArray());
        }

        return PostOkAsync(Interaction(3, data, messageFlags));
    }

    public Task<JsonNode> SubmitModalAsync(string customId, string text, int messageFlags = 64) =>
        PostOkAsync(Interaction(5, new JsonObject
        {
            ["custom_id"] = customId,
            ["components"] = new JsonArray(new JsonObject
            {
                ["type"] = 18,
                ["id"] = 1,
                ["component"] = new JsonObject { ["type"] = 4, ["id"] = 2, ["custom_id"] = ModalRenderer.InputId, ["value"] = text },
            }),
        }, messageFlags));

    public JsonObject Interaction(int type, JsonObject? data, int? messageFlags = null)
    {
        var id = Interlocked.Increment(ref _ids).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var user = new JsonObject { ["id"] = userId, ["username"] = "tester", ["global_name"] = "Tester" };
        var interaction = new JsonObject
        {
            ["id"] = id,
            ["application_id"] = FakeDiscord.ApplicationId,
            ["type"] = type,
            ["data"] = data,
            ["channel_id"] = channelId,
            ["channel"] = new JsonObject { ["id"] = channelId, ["type"] = guildId is null ? 1 : 0 },
            ["token"] = $"token-{id}",
            ["version"] = 1,
            ["locale"] = "en-US",
        };
        if (guildId is null)
        {
            interaction["user"] = user;
        }
        else
        {
            interaction["guild_id"] = guildId;
            interaction["member"] = new JsonObject { ["user"] = user, ["roles"] = new JsonArray(), ["permissions"] = "0" };
        }

        if (messageFlags is { } flags)
        {
            interaction["message"] = new JsonObject { ["id"] = "600", ["channel_id"] = channelId, ["flags"] = flags, ["content"] = string.Empty };
        }

        return interaction;
    }

    public async Task<JsonNode> PostOkAsync(JsonObject interaction)
    {
        var (status, body) = await PostAsync(Encoding.UTF8.GetBytes(interaction.ToJsonString()));
        status.Should().Be(HttpStatusCode.OK, body);
        var json = JsonNode.Parse(body)!;
        CheckLimits(json);
        return json;
    }

    /// <summary>Posts raw bytes, signed now (or with the given signature and timestamp).</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostAsync(byte[] body, string? signature = null, string? timestamp = null, bool sign = true)
    {
        timestamp ??= DiscordSigner.Timestamp(host.Clock.GetUtcNow());
        signature ??= host.Signer.Sign(timestamp, body);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/discord/interactions") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (sign)
        {
            request.Headers.Add("X-Signature-Ed25519", signature);
            request.Headers.Add("X-Signature-Timestamp", timestamp);
        }

        using var response = await host.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Checks a response against Discord's documented limits, whatever its type.</summary>
    public static void CheckLimits(JsonNode response)
    {
        var type = response["type"]!.GetValue<int>();
        var data = response["data"];
        IReadOnlyList<string> problems = type switch
        {
            4 or 7 => MessageValidator.Validate(JsonSerializer.Deserialize(data!.ToJsonString(), DiscordJsonContext.Default.DiscordMessage)!),
            8 => MessageValidator.Validate(new AutocompleteData(data!["choices"]!.AsArray()
                .Select(choice => new AutocompleteChoice(choice!["name"]!.GetValue<string>(), choice["value"]!.GetValue<string>())).ToArray())),
            9 => MessageValidator.Validate(JsonSerializer.Deserialize(response.ToJsonString(), DiscordJsonContext.Default.ModalResponse)!.Data),
            _ => [],
        };
        problems.Should().BeEmpty($"every body must respect Discord's limits: {response.ToJsonString()}");
        if (type is 4 or 7)
        {
            data!["allowed_mentions"]!["parse"]!.AsArray().Should().BeEmpty("echoed text must never ping anyone");
        }
    }
}
