using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SourcingBot.Tests.Channels.Teams.Fakes;
using SourcingBot.Tests.Hosting;

namespace SourcingBot.Tests.Channels.Teams;

// Authentication of /api/messages with the SDK's ConfigurationBotFrameworkAuthentication, against a local
// token issuer that the standard endpoint keys point at: every request it cannot authenticate is a 401.
public sealed class MessagesEndpointTests(AuthenticatedBotFixture bot) : IClassFixture<AuthenticatedBotFixture>
{
    private static readonly Uri ServiceUrl = new("https://smba.trafficmanager.net/emea/");

    public enum Forgery
    {
        WithoutSignature,
        SignedByAnotherKey,
        Expired,
        ForAnotherAudience,
        FromAnotherIssuer,
        ForAnotherServiceUrl,
    }

    [Fact]
    public async Task ValidToken_IsAccepted()
    {
        var response = await bot.Client.SendAsync(Message(), Bearer(bot.Issuer.Token(TeamsSamples.AppId, ServiceUrl)));

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        response.Replies.Select(reply => reply.Title()).Should().Contain("What is nearshoring?");
    }

    [Fact]
    public async Task TokenExpiredWithinTheClockSkew_IsAccepted()
    {
        var token = bot.Issuer.Token(TeamsSamples.AppId, ServiceUrl, expiresIn: TimeSpan.FromMinutes(-2));

        (await bot.Client.SendAsync(Message(), Bearer(token))).Status.Should().Be(HttpStatusCode.OK, "the SDK allows 5 minutes of clock skew");
    }

    [Theory]
    [InlineData(Forgery.WithoutSignature)]
    [InlineData(Forgery.SignedByAnotherKey)]
    [InlineData(Forgery.Expired)]
    [InlineData(Forgery.ForAnotherAudience)]
    [InlineData(Forgery.FromAnotherIssuer)]
    [InlineData(Forgery.ForAnotherServiceUrl)]
    public async Task ForgedToken_Returns401(Forgery forgery)
    {
        using var otherKey = RSA.Create(2048);
        var issuer = bot.Issuer;
        var token = forgery switch
        {
            Forgery.WithoutSignature => TestTokenIssuer.UnsignedToken(TeamsSamples.AppId, ServiceUrl),
            Forgery.SignedByAnotherKey => issuer.Token(TeamsSamples.AppId, ServiceUrl, signingKey: otherKey),
            Forgery.Expired => issuer.Token(TeamsSamples.AppId, ServiceUrl, expiresIn: TimeSpan.FromMinutes(-10)),
            Forgery.ForAnotherAudience => issuer.Token(Guid.NewGuid().ToString(), ServiceUrl),
            Forgery.FromAnotherIssuer => issuer.Token(TeamsSamples.AppId, ServiceUrl, issuer: "https://issuer.example.com"),
            _ => issuer.Token(TeamsSamples.AppId, ServiceUrl, serviceUrlClaim: "https://attacker.example.com/"),
        };

        var response = await bot.Client.SendAsync(Message(), Bearer(token));

        response.Status.Should().Be(HttpStatusCode.Unauthorized);
        response.Body.Should().NotContain("What is nearshoring");
    }

    [Fact]
    public async Task Redelivery_WithAForgedToken_Returns401WithoutTheFirstReplies()
    {
        var message = Message();
        (await bot.Client.SendAsync(message, Bearer(bot.Issuer.Token(TeamsSamples.AppId, ServiceUrl)))).Status.Should().Be(HttpStatusCode.OK);

        var replayed = await bot.Client.SendAsync(message, Bearer(bot.Issuer.Token(TeamsSamples.AppId, ServiceUrl, issuer: "https://issuer.example.com")));

        replayed.Status.Should().Be(HttpStatusCode.Unauthorized);
        replayed.Body.Should().NotContain("What is nearshoring");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer garbage")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.bm90IGpzb24.c2lnbmF0dXJl")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    public async Task MissingOrMalformedAuthorization_Returns401(string? authorization)
    {
        var response = await bot.Client.SendAsync(Message(), authorization);

        response.Status.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task MetadataUnreachable_Returns401()
    {
        await using var factory = Configured(new BotFactory(), bot.Issuer.BotSettings(TeamsSamples.AppId))
            .With("ToBotFromChannelOpenIdMetadataUrl", $"https://127.0.0.1:{ClosedPort()}/v1/.well-known/openidconfiguration");

        var response = await new TeamsClient(factory.CreateClient()).SendAsync(Message(), Bearer(bot.Issuer.Token(TeamsSamples.AppId, ServiceUrl)));

        response.Status.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task MetadataHangs_Returns401WhenTheTimeoutRunsOut()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var held = new List<TcpClient>();
        var accepting = Task.Run(async () =>
        {
            while (true)
            {
                held.Add(await silent.AcceptTcpClientAsync());
            }
        });
        await using var factory = Configured(new BotFactory(), bot.Issuer.BotSettings(TeamsSamples.AppId))
            .With("ToBotFromChannelOpenIdMetadataUrl", $"https://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/v1/.well-known/openidconfiguration")
            .With("Teams:AuthenticationTimeout", "00:00:01");
        var client = new TeamsClient(factory.CreateClient());
        await client.SendAsync(Message().Text("warm up"));

        var response = await client.SendAsync(Message(), Bearer(bot.Issuer.Token(TeamsSamples.AppId, ServiceUrl)));

        // That the wait is cut at the timeout is shown without a clock in TeamsAuthenticationTests.
        response.Status.Should().Be(HttpStatusCode.Unauthorized);
        held.ForEach(connection => connection.Dispose());
    }

    [Fact]
    public async Task BodyNotJson_Returns415_AndNotAnActivity_Returns400()
    {
        using var http = bot.Factory.CreateClient();

        using var text = await http.PostAsync("/api/messages", new StringContent("hello", Encoding.UTF8, "text/plain"));
        using var empty = await http.PostAsync("/api/messages", new StringContent("""{"text":"no type"}""", Encoding.UTF8, "application/json"));

        text.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        empty.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Startup_WithoutAppId_WarnsThatTheEndpointIsOpen()
    {
        var logs = new LogCapture();
        await using var factory = new BotFactory().WithServices(services => services.AddSingleton<ILoggerProvider>(logs));

        using var client = factory.CreateClient();

        logs.Entries.Should().Contain(entry => entry.Level == LogLevel.Warning && entry.Message.Contains("/api/messages is NOT authenticated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Startup_SingleTenantWithoutTenant_FailsToStart()
    {
        await using var factory = new BotFactory().With("MicrosoftAppType", "SingleTenant").With("MicrosoftAppId", TeamsSamples.AppId);

        var start = () => factory.CreateClient();

        start.Should().Throw<ArgumentException>().WithMessage("*MicrosoftAppTenantId*");
    }

    private static JsonObject Message() => TeamsSamples.Fresh("message-personal").ServiceUrl(ServiceUrl).ExpectingReplies();

    private static string Bearer(string token) => $"Bearer {token}";

    private static BotFactory Configured(BotFactory factory, IReadOnlyDictionary<string, string> settings)
    {
        foreach (var (key, value) in settings)
        {
            factory.With(key, value);
        }

        return factory;
    }

    private static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
