using System.Text;
using System.Text.Json.Nodes;
using SourcingBot.Tests.Channels.Discord.Fakes;

namespace SourcingBot.Tests.Channels.Discord.Interactions;

// Payloads shaped as Discord sends them today, with the many fields the bot does not read.
public sealed class InteractionSampleTests(DiscordBotHost host) : IClassFixture<DiscordBotHost>
{
    private const string SlashCommand = """
        {
          "app_permissions": "2248473465835073",
          "application_id": "100000000000000001",
          "attachment_size_limit": 10485760,
          "authorizing_integration_owners": { "0": "300000000000000003" },
          "channel": { "flags": 0, "guild_id": "300000000000000003", "id": "400000000000000004", "last_message_id": "1", "name": "general", "nsfw": false, "parent_id": "2", "permissions": "2251799813685247", "position": 0, "rate_limit_per_user": 0, "topic": null, "type": 0 },
          "channel_id": "400000000000000004",
          "context": 0,
          "data": { "id": "1000", "name": "compare", "options": [ { "name": "first", "type": 3, "value": "in-house" }, { "name": "second", "type": 3, "value": "staff-augmentation" } ], "type": 1 },
          "entitlement_sku_ids": [],
          "entitlements": [],
          "guild": { "features": [], "id": "300000000000000003", "locale": "en-US" },
          "guild_id": "300000000000000003",
          "guild_locale": "en-US",
          "id": "1100",
          "locale": "en-GB",
          "member": { "avatar": null, "banner": null, "communication_disabled_until": null, "deaf": false, "flags": 0, "joined_at": "2024-01-01T00:00:00.000000+00:00", "mute": false, "nick": null, "pending": false, "permissions": "2251799813685247", "premium_since": null, "roles": [], "unusual_dm_activity_until": null,
            "user": { "avatar": null, "avatar_decoration_data": null, "clan": null, "discriminator": "0", "global_name": "Tester", "id": "700000000000000099", "primary_guild": null, "public_flags": 0, "username": "tester" } },
          "token": "aW50ZXJhY3Rpb246MTEwMDp0b2tlbg",
          "type": 2,
          "version": 1
        }
        """;

    private const string ComponentOnEphemeral = """
        {
          "application_id": "100000000000000001",
          "channel_id": "400000000000000004",
          "context": 0,
          "data": { "component_type": 3, "custom_id": "s:goals", "values": [ "reduce-costs" ] },
          "guild_id": "300000000000000003",
          "id": "1200",
          "locale": "en-GB",
          "member": { "roles": [], "permissions": "0", "user": { "id": "700000000000000098", "username": "tester", "discriminator": "0" } },
          "message": { "application_id": "100000000000000001", "attachments": [], "author": { "bot": true, "id": "100000000000000001", "username": "SourcingBot" }, "channel_id": "400000000000000004", "components": [], "content": "", "embeds": [], "flags": 64, "id": "1150", "interaction_metadata": { "id": "1100", "type": 2, "user": { "id": "700000000000000098", "username": "tester" } }, "mention_everyone": false, "mentions": [], "pinned": false, "timestamp": "2026-01-01T00:00:00.000000+00:00", "tts": false, "type": 20 },
          "token": "aW50ZXJhY3Rpb246MTIwMDp0b2tlbg",
          "type": 3,
          "version": 1
        }
        """;

    [Fact]
    public async Task HandleAsync_RealSlashCommandPayload_IsAnswered()
    {
        var response = await PostAsync(SlashCommand);

        response["type"]!.GetValue<int>().Should().Be(4);
        response["data"]!["embeds"]![0]!["title"]!.GetValue<string>().Should().Be("Keep in-house vs Staff augmentation");
    }

    [Fact]
    public async Task HandleAsync_RealComponentPayloadOnAnEphemeralMessage_UpdatesIt()
    {
        var client = new InteractionClient(host, userId: "700000000000000098");
        await client.CommandAsync("recommend");

        var response = await PostAsync(ComponentOnEphemeral);

        response["type"]!.GetValue<int>().Should().Be(7);
    }

    private async Task<JsonNode> PostAsync(string payload)
    {
        var (status, body) = await new InteractionClient(host).PostAsync(Encoding.UTF8.GetBytes(payload));
        status.Should().Be(System.Net.HttpStatusCode.OK, body);
        var json = JsonNode.Parse(body)!;
        InteractionClient.CheckLimits(json);
        return json;
    }
}
