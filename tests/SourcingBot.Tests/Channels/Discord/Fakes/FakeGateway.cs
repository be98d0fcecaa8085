using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SourcingBot.Tests.Channels.Discord.Fakes;

/// <summary>
/// The gateway side of the fake Discord: HELLO on connect, READY for IDENTIFY, replay then RESUMED for
/// RESUME, ACK for heartbeats (unless told not to), and dispatches the test sends. Every payload the
/// bot sends is recorded per connection.
/// </summary>
public sealed class FakeGateway(FakeDiscord discord) : IAsyncDisposable
{
    public const string BotUserId = "200000000000000002";
    public const int HeartbeatInterval = 45_000;

    private readonly ConcurrentQueue<FakeGatewayConnection> _connections = new();
    private readonly List<(long Sequence, string Type, JsonNode Data)> _log = [];
    private readonly Lock _lock = new();
    private long _sequence;
    private int _sessions;

    public bool AckHeartbeats { get; set; } = true;

    /// <summary>Replays every event of the session on RESUME, not just the missed ones (a duplicate delivery).</summary>
    public bool ReplayEverythingOnResume { get; set; }

    public string SessionId => $"session-{Volatile.Read(ref _sessions)}";

    public IReadOnlyList<FakeGatewayConnection> Connections => _connections.ToArray();

    public async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeGatewayConnection(socket, context.Request.Path + context.Request.QueryString);
        _connections.Enqueue(connection);
        await connection.SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = HeartbeatInterval }, ["s"] = null, ["t"] = null });
        await foreach (var payload in connection.ReceiveAllAsync())
        {
            await HandleAsync(connection, payload);
        }
    }

    /// <summary>Sends a dispatch on <paramref name="connection"/> with the session's next sequence number.</summary>
    public Task DispatchAsync(FakeGatewayConnection connection, string type, JsonNode data) =>
        connection.SendAsync(Record(type, data));

    /// <summary>An event that happens while the bot is disconnected: it gets it when it resumes.</summary>
    public void Miss(string type, JsonNode data) => Record(type, data);

    public async Task<FakeGatewayConnection> WaitForConnectionAsync(int count, Func<Task>? tick = null)
    {
        for (var attempt = 0; attempt < 500; attempt++)
        {
            if (_connections.Count >= count)
            {
                return _connections.ElementAt(count - 1);
            }

            if (tick is not null)
            {
                await tick();
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"The bot opened {_connections.Count} gateway connections, not {count}.");
    }

    public static JsonObject Message(string id, string content, string? guildId = "300", string channelId = "400", string authorId = "500", bool bot = false, bool mention = false) => new()
    {
        ["id"] = id,
        ["channel_id"] = channelId,
        ["guild_id"] = guildId,
        ["author"] = new JsonObject { ["id"] = authorId, ["username"] = "someone", ["bot"] = bot },
        ["content"] = content,
        ["mentions"] = mention ? new JsonArray(new JsonObject { ["id"] = BotUserId, ["username"] = "SourcingBot", ["bot"] = true }) : new JsonArray(),
        ["type"] = 0,
    };

    private async Task HandleAsync(FakeGatewayConnection connection, JsonNode payload)
    {
        switch (payload["op"]?.GetValue<int>())
        {
            case 1 when AckHeartbeats:
                await connection.SendAsync(new JsonObject { ["op"] = 11 });
                break;
            case 2:
                var session = $"session-{Interlocked.Increment(ref _sessions)}";
                lock (_lock)
                {
                    _log.Clear();
                    _sequence = 0;
                }

                await connection.SendAsync(Record("READY", new JsonObject
                {
                    ["v"] = 10,
                    ["session_id"] = session,
                    ["resume_gateway_url"] = $"ws://{discord.BaseAddress.Authority}/resume",
                    ["user"] = new JsonObject { ["id"] = BotUserId, ["username"] = "SourcingBot", ["bot"] = true },
                    ["guilds"] = new JsonArray(),
                }));
                break;
            case 6:
                var from = payload["d"]?["seq"]?.GetValue<long?>() ?? 0;
                List<(long Sequence, string Type, JsonNode Data)> replay;
                lock (_lock)
                {
                    replay = _log.Where(entry => ReplayEverythingOnResume || entry.Sequence > from).ToList();
                }

                foreach (var (sequence, type, data) in replay)
                {
                    await connection.SendAsync(new JsonObject { ["op"] = 0, ["s"] = sequence, ["t"] = type, ["d"] = data.DeepClone() });
                }

                await connection.SendAsync(Record("RESUMED", new JsonObject()));
                break;
        }
    }

    private JsonObject Record(string type, JsonNode data)
    {
        lock (_lock)
        {
            var sequence = ++_sequence;
            _log.Add((sequence, type, data.DeepClone()));
            return new JsonObject { ["op"] = 0, ["s"] = sequence, ["t"] = type, ["d"] = data.DeepClone() };
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.AbortAsync();
        }
    }
}
