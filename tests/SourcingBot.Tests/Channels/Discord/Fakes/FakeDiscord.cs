using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SourcingBot.Channels.Discord.Rendering;
using SourcingBot.Channels.Discord.Rest;

namespace SourcingBot.Tests.Channels.Discord.Fakes;

/// <summary>
/// Discord as the bot sees it, on a real Kestrel socket: the REST routes the bot calls (recording each
/// request and checking every message body against the documented limits), scripted failures (429,
/// 5xx, 401), and a WebSocket gateway (<see cref="FakeGateway"/>).
/// </summary>
public sealed class FakeDiscord : IAsyncDisposable
{
    public const string ApplicationId = "100000000000000001";
    public const string BotToken = "test-bot-token";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly List<ScriptedResponse> _script = [];
    private readonly Lock _lock = new();
    private readonly Func<DateTimeOffset> _clock;
    private long _ids = 900_000_000_000_000_000;

    private FakeDiscord(WebApplication app, Func<DateTimeOffset> clock)
    {
        _app = app;
        _clock = clock;
        Gateway = new FakeGateway(this);
    }

    public Uri BaseAddress { get; private set; } = null!;

    public string ApiBaseUrl => new Uri(BaseAddress, "api/v10").AbsoluteUri;

    public FakeGateway Gateway { get; }

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    /// <summary>Message bodies that broke a documented limit (should stay empty).</summary>
    public ConcurrentQueue<string> Problems { get; } = new();

    /// <summary>Commands as registered, by scope ("global" or the guild id).</summary>
    public ConcurrentDictionary<string, JsonArray> Commands { get; } = new();

    public static async Task<FakeDiscord> StartAsync(TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var fake = new FakeDiscord(app, () => (clock ?? TimeProvider.System).GetUtcNow());
        app.UseWebSockets();
        app.Map("/gateway", fake.Gateway.AcceptAsync);
        app.Map("/resume", fake.Gateway.AcceptAsync);
        app.Map("/api/v10/{**path}", fake.HandleAsync);
        await app.StartAsync();
        fake.BaseAddress = new Uri(app.Urls.First() + "/");
        return fake;
    }

    public void Script(ScriptedResponse response)
    {
        lock (_lock)
        {
            _script.Add(response);
        }
    }

    /// <summary>Waits (in real time, briefly) until a request matching <paramref name="match"/> has arrived.</summary>
    public async Task<RecordedRequest> WaitForAsync(Func<RecordedRequest, bool> match, string what, int timeoutMilliseconds = 5000)
    {
        for (var waited = 0; waited < timeoutMilliseconds; waited += 10)
        {
            var found = _requests.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"Discord never received {what}; it got: {string.Join(", ", _requests)}");
    }

    public IReadOnlyList<RecordedRequest> Messages(string channelId) =>
        Requests.Where(request => request.Method == "POST" && request.Path == $"/channels/{channelId}/messages").ToArray();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var path = "/" + (context.Request.RouteValues["path"] as string ?? string.Empty);
        var headers = context.Request.Headers.ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new RecordedRequest(context.Request.Method, path, body, headers, _clock());
        _requests.Enqueue(request);

        ScriptedResponse? scripted;
        lock (_lock)
        {
            scripted = _script.FirstOrDefault(response => response.Matches(request));
            if (scripted is not null)
            {
                _script.Remove(scripted);
            }
        }

        if (scripted is not null)
        {
            context.Response.StatusCode = scripted.Status;
            foreach (var (name, value) in scripted.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            if (scripted.Body is not null)
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(scripted.Body);
            }

            return;
        }

        await RespondAsync(context, request);
    }

    private async Task RespondAsync(HttpContext context, RecordedRequest request)
    {
        var segments = request.Path.Trim('/').Split('/');
        switch (request.Method, segments)
        {
            case ("GET", ["gateway", "bot"]):
                await Json(context, new JsonObject
                {
                    ["url"] = $"ws://{BaseAddress.Authority}/gateway",
                    ["shards"] = 1,
                    ["session_start_limit"] = new JsonObject { ["total"] = 1000, ["remaining"] = 999, ["reset_after"] = 14_400_000, ["max_concurrency"] = 1 },
                });
                return;
            case ("POST", ["channels", _, "messages"]) or ("POST", ["webhooks", _, _]) or ("PATCH", ["webhooks", _, _, "messages", "@original"]):
                CheckMessage(request);
                await Json(context, new JsonObject { ["id"] = Interlocked.Increment(ref _ids).ToString(System.Globalization.CultureInfo.InvariantCulture) });
                return;
            case ("GET", ["applications", _, "commands"]):
                await Json(context, Commands.GetValueOrDefault("global")?.DeepClone() ?? new JsonArray());
                return;
            case ("GET", ["applications", _, "guilds", var guild, "commands"]):
                await Json(context, Commands.GetValueOrDefault(guild)?.DeepClone() ?? new JsonArray());
                return;
            case ("PUT", ["applications", _, "commands"]) or ("PUT", ["applications", _, "guilds", _, "commands"]):
                var scope = segments.Length == 3 ? "global" : segments[3];
                var commands = JsonNode.Parse(request.Body)!.AsArray();
                foreach (var problem in MessageValidator.ValidateCommands(commands))
                {
                    Problems.Enqueue($"{request}: {problem}");
                }

                foreach (var command in commands.OfType<JsonObject>())
                {
                    command["id"] = Interlocked.Increment(ref _ids).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    command["application_id"] = ApplicationId;
                }

                Commands[scope] = commands;
                await Json(context, commands.DeepClone());
                return;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                await context.Response.WriteAsync("{\"message\": \"404: Not Found\", \"code\": 0}");
                return;
        }
    }

    private void CheckMessage(RecordedRequest request)
    {
        var message = System.Text.Json.JsonSerializer.Deserialize(request.Body, SourcingBot.Channels.Discord.DiscordJsonContext.Default.DiscordMessage);
        if (message is null)
        {
            Problems.Enqueue($"{request}: no body");
            return;
        }

        var parse = request.Json?["allowed_mentions"]?["parse"]?.AsArray();
        if (parse is null || parse.Count != 0)
        {
            Problems.Enqueue($"{request}: allowed_mentions.parse must be []");
        }

        foreach (var problem in MessageValidator.Validate(message, isEdit: request.Method == "PATCH"))
        {
            Problems.Enqueue($"{request}: {problem}");
        }
    }

    private static async Task Json(HttpContext context, JsonNode body)
    {
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString());
    }

    internal DateTimeOffset Now => _clock();

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await _app.DisposeAsync();
    }

    internal static DiscordMessage? Parse(string body) =>
        System.Text.Json.JsonSerializer.Deserialize(body, SourcingBot.Channels.Discord.DiscordJsonContext.Default.DiscordMessage);
}
