using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace SourcingBot.Tests.Channels.Discord.Fakes;

/// <summary>One WebSocket connection of the bot to the fake gateway.</summary>
public sealed class FakeGatewayConnection(WebSocket socket, string path) : IDisposable
{
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly ConcurrentQueue<JsonNode> _received = new();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The path and query the bot connected to ("/gateway?v=10&amp;encoding=json").</summary>
    public string Path { get; } = path;

    public IReadOnlyList<JsonNode> Received => _received.ToArray();

    /// <summary>The close code the bot sent, if it closed the connection.</summary>
    public int? ClientCloseCode { get; private set; }

    public Task Closed => _closed.Task;

    public IEnumerable<JsonNode> Sent(int op) => Received.Where(payload => payload["op"]?.GetValue<int>() == op);

    public async Task<JsonNode> WaitForAsync(int op, Func<Task>? tick = null, int count = 1)
    {
        for (var attempt = 0; attempt < 500; attempt++)
        {
            var sent = Sent(op).ToArray();
            if (sent.Length >= count)
            {
                return sent[count - 1];
            }

            if (tick is not null)
            {
                await tick();
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"The bot never sent op {op} (x{count}) on {Path}; it sent: {string.Join(", ", Received.Select(r => r["op"]))}");
    }

    public async Task SendAsync(JsonNode payload)
    {
        await _send.WaitAsync();
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(payload.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // The bot went away; the test sees it in Closed.
        }
        finally
        {
            _send.Release();
        }
    }

    /// <summary>Closes from the server side with a close code, as Discord does.</summary>
    public async Task CloseAsync(int code, string reason = "closed by the test")
    {
        await _send.WaitAsync();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            _send.Release();
        }
    }

    /// <summary>Drops the connection without a close frame, as a network failure does.</summary>
    public Task AbortAsync()
    {
        socket.Abort();
        _closed.TrySetResult();
        return Task.CompletedTask;
    }

    internal async IAsyncEnumerable<JsonNode> ReceiveAllAsync()
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            try
            {
                do
                {
                    result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                _closed.TrySetResult();
                yield break;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                ClientCloseCode = (int?)result.CloseStatus;
                try
                {
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync(result.CloseStatus ?? WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                    }
                }
                catch (WebSocketException)
                {
                }

                _closed.TrySetResult();
                yield break;
            }

            var payload = JsonNode.Parse(message.ToArray());
            if (payload is not null)
            {
                _received.Enqueue(payload);
                yield return payload;
            }
        }
    }

    public void Dispose() => _send.Dispose();
}
