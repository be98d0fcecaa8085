using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SourcingBot.Tests.Channels.Discord.Fakes;
using SourcingBot.Tests.Channels.Teams.Fakes;
using SourcingBot.Tests.Storage;

namespace SourcingBot.Tests.Hosting;

// The app password, the Discord bot token and the database password never reach a log line (at any level, with
// exceptions), an error response or /readyz, whatever the requests: good ones, refused ones and failing ones.
public sealed class SecretLeakTests
{
    private const string AppPassword = "teams-app-secret-Q7x~v1";
    private const string BotToken = "MTAwMDAwMDAwMDAwMDAwMDAx.discord-bot-token-secret.Zk9";
    private const string DatabasePassword = "database-secret-Pa55-8812";

    [Fact]
    public async Task EveryEndpoint_GoodAndBadRequests_NoSecretInLogsResponsesOrReadyz()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        var logs = new LogCapture();
        var signer = new DiscordSigner();
        await using var factory = Configured(new BotFactory(), logs)
            .With("Storage:Provider", "Postgres")
            .With("ConnectionStrings:Postgres", $"{database.ConnectionString};Password={DatabasePassword}")
            .With("Discord:PublicKey", signer.PublicKeyHex);
        using var client = factory.CreateClient();
        var bodies = new List<string>();

        async Task Send(HttpRequestMessage request)
        {
            using (request)
            {
                using var response = await client.SendAsync(request);
                bodies.Add(await response.Content.ReadAsStringAsync());
                ((int)response.StatusCode).Should().BeLessThan(500);
            }
        }

        bodies.Add(await ReadyAsync(client));
        await new ChatClient(client).SayAsync("recommend");
        await Send(Json("/api/chat", "{\"conversationId\":\"x\",\"userId\":\"y\",\"text\":"));
        foreach (var authorization in new[] { "Bearer garbage", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJ4In0.c2ln", string.Empty })
        {
            var request = Json("/api/messages", TeamsSamples.Fresh("message-personal").Text("hello").ExpectingReplies().ToJsonString());
            if (authorization.Length > 0)
            {
                request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
            }

            await Send(request);
        }

        await Send(Json("/api/discord/interactions", "{\"type\":1}"));
        var ping = Encoding.UTF8.GetBytes("{\"type\":1}");
        var timestamp = DiscordSigner.Timestamp(TimeProvider.System.GetUtcNow());
        var signed = Json("/api/discord/interactions", "{\"type\":1}");
        signed.Headers.Add("X-Signature-Ed25519", signer.Sign(timestamp, ping));
        signed.Headers.Add("X-Signature-Timestamp", timestamp);
        await Send(signed);
        bodies.Add(await ReadyAsync(client));

        logs.Entries.Should().NotBeEmpty();
        foreach (var secret in new[] { AppPassword, BotToken, DatabasePassword })
        {
            logs.Entries.Should().NotContain(entry => entry.Message.Contains(secret, StringComparison.Ordinal)
                || (entry.Exception != null && entry.Exception.ToString().Contains(secret, StringComparison.Ordinal)), $"no log may hold {secret}");
            bodies.Should().NotContain(body => body.Contains(secret, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task DatabaseUnreachableAtStartUp_TheErrorNamesTheServerButNotThePassword()
    {
        var logs = new LogCapture();
        await using var factory = Configured(new BotFactory(), logs)
            .With("Storage:Provider", "Postgres")
            .With("ConnectionStrings:Postgres", $"Host=127.0.0.1;Port=9;Username=bot;Password={DatabasePassword};Timeout=2");

        var start = () => factory.CreateClient();

        var failure = start.Should().Throw<Exception>().Which;
        failure.ToString().Should().NotContain(DatabasePassword);
        logs.Entries.Should().NotContain(entry => entry.Message.Contains(DatabasePassword, StringComparison.Ordinal)
            || (entry.Exception != null && entry.Exception.ToString().Contains(DatabasePassword, StringComparison.Ordinal)));
    }

    private static BotFactory Configured(BotFactory factory, LogCapture logs) => factory
        .With("MicrosoftAppType", "SingleTenant")
        .With("MicrosoftAppId", TeamsSamples.AppId)
        .With("MicrosoftAppPassword", AppPassword)
        .With("MicrosoftAppTenantId", "72f988bf-86f1-41af-91ab-2d7cd011db47")
        .With("Teams:AuthenticationTimeout", "00:00:02")
        .With("Discord:ApplicationId", "100000000000000001")
        .With("Discord:BotToken", BotToken)
        .With("Discord:ApiBaseUrl", "http://127.0.0.1:9/api/v10")
        .With("Logging:LogLevel:Default", "Trace")
        .WithServices(services => services.AddSingleton<ILoggerProvider>(logs));

    private static async Task<string> ReadyAsync(HttpClient client)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var response = await client.GetAsync("/readyz");
            if (response.IsSuccessStatusCode || attempt == 100)
            {
                return await response.Content.ReadAsStringAsync();
            }

            await Task.Delay(100);
        }
    }

    private static HttpRequestMessage Json(string path, string body) =>
        new(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
