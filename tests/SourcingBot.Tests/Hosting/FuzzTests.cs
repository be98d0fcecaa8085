using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using SourcingBot.Tests.Channels.Discord.Fakes;
using SourcingBot.Tests.Channels.Teams.Fakes;
using Xunit.Abstractions;

namespace SourcingBot.Tests.Hosting;

// Thousands of malformed bodies to the three endpoints that read JSON, over a real socket (the Discord ones validly
// signed, so they reach the parser): never a 5xx, the server stays up, its managed memory does not grow with the
// number of requests, and afterwards it answers normally on every endpoint. The managed heap is measured
// process-wide, so the test runs alone: tests running alongside would count their own allocations.
[Collection(nameof(FuzzTests))]
[CollectionDefinition(nameof(FuzzTests), DisableParallelization = true)]
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int CasesPerEndpoint = 1000;
    private const int Seed = 20261129;

    [Fact]
    public async Task MalformedBodies_ToEveryJsonEndpoint_NeverA5xxAndNormalAnswersAfterwards()
    {
        var signer = new DiscordSigner();
        var connector = new FakeConnector();
        await using var factory = TeamsBotFixture.Configure(new BotFactory(), connector)
            .With("Discord:PublicKey", signer.PublicKeyHex)
            .With("Discord:ApplicationId", "100000000000000001")
            .With("Discord:ApiBaseUrl", "http://127.0.0.1:9/api/v10")
            .With("Discord:Rest:MaxRetries", "0")
            .With("Logging:LogLevel:Default", "None");
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        using var http = new HttpClient { BaseAddress = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };

        var endpoints = new (string Path, JsonObject Valid, bool Signed)[]
        {
            ("/api/chat", ChatBody(), false),
            ("/api/messages", TeamsSamples.Fresh("message-personal").Text("what is nearshoring?").ExpectingReplies(), false),
            ("/api/discord/interactions", DiscordBody(), true),
        };
        var fuzz = new FuzzBodies(Seed);
        var statuses = new Dictionary<string, int>(StringComparer.Ordinal);
        var sent = 0;
        long? memoryAfterWarmUp = null;

        for (var round = 0; round < CasesPerEndpoint / 100; round++)
        {
            var batch = endpoints.SelectMany(endpoint => Enumerable.Range(0, 100).Select(_ => (endpoint, fuzz.Next(endpoint.Valid, 300_000)))).ToList();
            await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (item, cancellationToken) =>
            {
                var ((path, _, signed), (kind, body)) = item;
                var status = await PostAsync(http, path, body, signed ? signer : null, cancellationToken);
                status.Should().BeLessThan(500, $"{kind} body to {path} (seed {Seed})");
                lock (statuses)
                {
                    var key = $"{path} {status}";
                    statuses[key] = statuses.GetValueOrDefault(key) + 1;
                    sent++;
                }
            });

            if (round == 1)
            {
                memoryAfterWarmUp = Memory();
            }
        }

        var growth = Memory() - memoryAfterWarmUp!.Value;
        output.WriteLine($"{sent} fuzz cases sent (seed {Seed}); managed memory grew {growth / 1024} KB after warm-up");
        output.WriteLine(string.Join(Environment.NewLine, statuses.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}: {pair.Value}")));
        sent.Should().Be(3 * CasesPerEndpoint);
        growth.Should().BeLessThan(32 * 1024 * 1024, "memory must not grow with the number of bad requests");

        (await new ChatClient(http).SayAsync("what is nearshoring?")).Last().Kind().Should().Be("answer");
        var teams = await new TeamsClient(http).AskAsync(TeamsSamples.Fresh("message-personal").Text("what is offshoring?"));
        teams.Should().Contain(reply => reply.Title() == "What is offshoring?");
        var discord = await PostAsync(http, "/api/discord/interactions", System.Text.Encoding.UTF8.GetBytes(DiscordBody().ToJsonString()), signer, CancellationToken.None);
        discord.Should().Be(200);
    }

    private static async Task<int> PostAsync(HttpClient http, string path, byte[] body, DiscordSigner? signer, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (signer is not null)
        {
            var timestamp = DiscordSigner.Timestamp(TimeProvider.System.GetUtcNow());
            request.Headers.Add("X-Signature-Ed25519", signer.Sign(timestamp, body));
            request.Headers.Add("X-Signature-Timestamp", timestamp);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        return (int)response.StatusCode;
    }

    private static long Memory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static JsonObject ChatBody() => new()
    {
        ["conversationId"] = "fuzz",
        ["userId"] = "fuzzer",
        ["text"] = "what is nearshoring?",
        ["value"] = new JsonObject { ["action"] = "ask", ["entryId"] = "define-nearshoring" },
    };

    private static JsonObject DiscordBody() => new()
    {
        ["id"] = "900000000000000001",
        ["application_id"] = "100000000000000001",
        ["type"] = 2,
        ["data"] = new JsonObject
        {
            ["id"] = "1",
            ["name"] = "ask",
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = "question", ["type"] = 3, ["value"] = "what is nearshoring?" }),
        },
        ["channel_id"] = "400000000000000004",
        ["channel"] = new JsonObject { ["id"] = "400000000000000004", ["type"] = 1 },
        ["user"] = new JsonObject { ["id"] = "700000000000000007", ["username"] = "fuzzer" },
        ["token"] = "token-fuzz",
        ["version"] = 1,
    };
}
