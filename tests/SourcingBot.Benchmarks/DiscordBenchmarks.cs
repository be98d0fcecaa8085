using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Org.BouncyCastle.Math.EC.Rfc8032;
using Org.BouncyCastle.Security;
using SourcingBot.Channels.Discord;
using SourcingBot.Channels.Discord.Interactions;
using SourcingBot.Channels.Discord.Rendering;
using SourcingBot.Conversations.Engine;
using SourcingBot.Conversations.Turns;
using SourcingBot.Hosting;

namespace SourcingBot.Benchmarks;

/// <summary>
/// The Discord channel: an engine answer laid out as embeds and components, an interaction's Ed25519
/// signature checked, and whole signed interactions through the bot on Kestrel (loopback HTTP, SQLite
/// store in a temporary folder), timed from sending the request to reading the response: the time
/// Discord waits for the bot. Each request is signed as Discord does (<see cref="SignRequest"/> is that
/// part alone) and has a new interaction id, so none is answered from the record of a repeat.
/// </summary>
[MemoryDiagnoser]
public class DiscordBenchmarks : IDisposable
{
    private readonly byte[] _privateKey = new byte[Ed25519.SecretKeySize];
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"sourcingbot-bench-{Guid.NewGuid():N}");
    private TurnResult _answer = null!;
    private TurnResult _comparison = null!;
    private SignatureVerifier _verifier = null!;
    private byte[] _body = [];
    private string _timestamp = string.Empty;
    private string _signature = string.Empty;
    private WebApplication _bot = null!;
    private HttpClient _http = null!;
    private long _ids = 800_000_000_000_000_000;

    [GlobalSetup]
    public async Task Setup()
    {
        Ed25519.GeneratePrivateKey(new SecureRandom(), _privateKey);
        var publicKey = new byte[Ed25519.PublicKeySize];
        Ed25519.GeneratePublicKey(_privateKey, 0, publicKey, 0);
        var publicKeyHex = Convert.ToHexString(publicKey);
        _verifier = new SignatureVerifier(Options.Create(new DiscordOptions { PublicKey = publicKeyHex }), TimeProvider.System);
        _body = Ask("what is nearshoring?");
        _timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        _signature = Sign(_timestamp, _body);

        Directory.CreateDirectory(_folder);
        _bot = BotServer.Build(
        [
            $"--Discord:PublicKey={publicKeyHex}", "--Discord:ApplicationId=100000000000000001", "--urls=http://127.0.0.1:0",
            $"--Storage:SqlitePath={Path.Combine(_folder, "bench.db")}", "--Logging:LogLevel:Default=Warning",
        ]);
        await _bot.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_bot.Urls.First()) };
        while (!(await _http.GetAsync(new Uri("/readyz", UriKind.Relative))).IsSuccessStatusCode)
        {
            await Task.Delay(100);
        }

        var engine = _bot.Services.GetRequiredService<ITurnHandler>();
        _answer = await engine.HandleAsync(new IncomingTurn("bench", "bench-1", "bench", "what is nearshoring?"), CancellationToken.None);
        _comparison = await engine.HandleAsync(new IncomingTurn("bench", "bench-2", "bench", "compare nearshore and offshore outsourcing"), CancellationToken.None);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _bot.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public int RenderAnswer() => MessageComposer.Compose(_answer.Replies, RenderMode.Buttons).Count;

    [Benchmark]
    public int RenderComparison() => MessageComposer.Compose(_comparison.Replies, RenderMode.Buttons).Count;

    [Benchmark]
    public bool VerifySignature() => _verifier.Check(_signature, _timestamp, _body) == SignatureCheck.Valid;

    [Benchmark]
    public string SignRequest() => Sign(_timestamp, _body);

    [Benchmark]
    public Task<string> SignedPing() => PostAsync(Interaction(1, null));

    [Benchmark]
    public Task<string> SignedAskCommand() => PostAsync(Ask("what is nearshoring?"));

    [Benchmark]
    public Task<string> SignedAutocomplete() => PostAsync(Interaction(4, new JsonObject
    {
        ["name"] = "define",
        ["type"] = 1,
        ["options"] = new JsonArray(new JsonObject { ["name"] = "term", ["type"] = 3, ["value"] = "ofshor", ["focused"] = true }),
    }));

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _http?.Dispose();
        }
    }

    private async Task<string> PostAsync(byte[] body)
    {
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/discord/interactions") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Signature-Ed25519", Sign(timestamp, body));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? text : throw new InvalidOperationException($"{(int)response.StatusCode}: {text}");
    }

    private byte[] Ask(string question) => Interaction(2, new JsonObject
    {
        ["name"] = "ask",
        ["type"] = 1,
        ["options"] = new JsonArray(new JsonObject { ["name"] = "question", ["type"] = 3, ["value"] = question }),
    });

    private byte[] Interaction(int type, JsonObject? data)
    {
        var id = Interlocked.Increment(ref _ids).ToString(CultureInfo.InvariantCulture);
        var interaction = new JsonObject
        {
            ["id"] = id,
            ["application_id"] = "100000000000000001",
            ["type"] = type,
            ["data"] = data,
            ["guild_id"] = "300000000000000003",
            ["channel_id"] = "400000000000000004",
            ["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = "700000000000000007", ["username"] = "bench" } },
            ["token"] = $"token-{id}",
            ["version"] = 1,
        };
        return Encoding.UTF8.GetBytes(interaction.ToJsonString());
    }

    private string Sign(string timestamp, byte[] body)
    {
        var message = Encoding.UTF8.GetBytes(timestamp).Concat(body).ToArray();
        var signature = new byte[Ed25519.SignatureSize];
        Ed25519.Sign(_privateKey, 0, message, 0, message.Length, signature, 0);
        return Convert.ToHexString(signature);
    }
}
