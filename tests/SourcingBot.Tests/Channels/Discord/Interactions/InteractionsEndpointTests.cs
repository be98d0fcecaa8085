using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SourcingBot.Tests.Channels.Discord.Fakes;

namespace SourcingBot.Tests.Channels.Discord.Interactions;

public sealed class InteractionsEndpointTests(DiscordBotHost host) : IClassFixture<DiscordBotHost>
{
    private static readonly byte[] Ping = Encoding.UTF8.GetBytes("""{"id":"1","application_id":"100000000000000001","type":1,"token":"t","version":1}""");

    [Fact]
    public async Task HandleAsync_SignedPing_ReturnsPong()
    {
        var client = new InteractionClient(host);

        var (status, body) = await client.PostAsync(Ping);

        status.Should().Be(HttpStatusCode.OK);
        JsonNode.Parse(body)!.ToJsonString().Should().Be("""{"type":1}""");
    }

    [Fact]
    public async Task HandleAsync_TamperedBody_Returns401()
    {
        var client = new InteractionClient(host);
        var timestamp = DiscordSigner.Timestamp(host.Clock.GetUtcNow());
        var signature = host.Signer.Sign(timestamp, Ping);
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Ping).Replace("\"type\":1", "\"type\":2", StringComparison.Ordinal));

        var (status, _) = await client.PostAsync(tampered, signature, timestamp);

        status.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task HandleAsync_SignedWithAnotherKey_Returns401()
    {
        var client = new InteractionClient(host);
        var timestamp = DiscordSigner.Timestamp(host.Clock.GetUtcNow());

        var (status, _) = await client.PostAsync(Ping, new DiscordSigner().Sign(timestamp, Ping), timestamp);

        status.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task HandleAsync_MissingSignatureHeaders_Returns401()
    {
        var (status, _) = await new InteractionClient(host).PostAsync(Ping, sign: false);

        status.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("not-hex")]
    [InlineData("")]
    public async Task HandleAsync_MalformedSignature_Returns401(string signature)
    {
        var (status, _) = await new InteractionClient(host).PostAsync(Ping, signature: signature);

        status.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(-6)]
    [InlineData(6)]
    public async Task HandleAsync_TimestampOverFiveMinutesAway_Returns401(int minutes)
    {
        var timestamp = DiscordSigner.Timestamp(host.Clock.GetUtcNow().AddMinutes(minutes));

        var (status, _) = await new InteractionClient(host).PostAsync(Ping, timestamp: timestamp);

        status.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task HandleAsync_TimestampFourMinutesOld_IsAccepted()
    {
        var timestamp = DiscordSigner.Timestamp(host.Clock.GetUtcNow().AddMinutes(-4));

        var (status, _) = await new InteractionClient(host).PostAsync(Ping, timestamp: timestamp);

        status.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1, 2]")]
    [InlineData("null")]
    [InlineData("""{"type":"ping"}""")]
    public async Task HandleAsync_MalformedJsonBehindValidSignature_Returns400(string body)
    {
        var (status, _) = await new InteractionClient(host).PostAsync(Encoding.UTF8.GetBytes(body));

        status.Should().Be(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(99)]
    public async Task HandleAsync_UnknownInteractionType_Returns400(int type)
    {
        var client = new InteractionClient(host);
        var interaction = client.Interaction(type, new JsonObject { ["name"] = "help" });

        var (status, _) = await client.PostAsync(Encoding.UTF8.GetBytes(interaction.ToJsonString()));

        status.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task HandleAsync_CommandWithoutUser_Returns400()
    {
        var client = new InteractionClient(host);
        var interaction = client.Interaction(2, new JsonObject { ["name"] = "help" });
        interaction.Remove("member");

        var (status, _) = await client.PostAsync(Encoding.UTF8.GetBytes(interaction.ToJsonString()));

        status.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task HandleAsync_BodyOverTheLimit_Returns413()
    {
        var body = Encoding.UTF8.GetBytes("{\"type\":1,\"pad\":\"" + new string('x', 300_000) + "\"}");

        var (status, _) = await new InteractionClient(host).PostAsync(body);

        status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }
}
