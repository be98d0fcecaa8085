using System.Text.Json;
using Microsoft.Extensions.Options;
using SourcingBot.Channels.Discord.Rest;

namespace SourcingBot.Channels.Discord.Gateway;

// The gateway connection (API v10, JSON): HELLO → heartbeats at heartbeat_interval (the first after a
// random fraction of it) → IDENTIFY or RESUME → dispatches. A dropped connection, RECONNECT (op 7), a
// missing HEARTBEAT_ACK (zombied connection) and resumable close codes resume the session at
// resume_gateway_url; INVALID_SESSION (op 9) waits 1-5 s and resumes or identifies as its d says; close
// codes 4004 and 4010-4014 stop the client with the reason logged. Runs only with Discord:Gateway:Enabled.
internal sealed partial class GatewayClient(
    IOptions<DiscordOptions> options,
    DiscordRestClient rest,
    IGatewayTransportFactory transports,
    GatewayMessageQueue messages,
    TimeProvider timeProvider,
    ILogger<GatewayClient> logger) : BackgroundService
{
    private static readonly TimeSpan IdentifySpacing = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(2);

    private readonly GatewayIdentifyLimit _identifyLimit = new(timeProvider);
    private string? _sessionId;
    private string? _resumeUrl;
    private string _botUserId = string.Empty;
    private long _sequence = -1;

    /// <summary>Why the client stopped for good (a fatal close code), or null while it runs.</summary>
    public string? StoppedReason { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken);
        }
        finally
        {
            // No more messages will come: the responder answers those it has and stops.
            messages.Complete();
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Gateway.Enabled)
        {
            return;
        }

        if (string.IsNullOrEmpty(settings.BotToken))
        {
            StoppedReason = "Discord:BotToken is not set";
            Log.NotConfigured(logger);
            return;
        }

        var failures = 0;
        GatewayBotInfo? gateway = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            ConnectionEnd end;
            try
            {
                gateway ??= await FetchGatewayAsync(stoppingToken);
                end = await RunConnectionAsync(gateway, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                Log.ConnectionFailed(logger, exception);
                end = new ConnectionEnd(Resume: true, Reason: exception is System.Net.WebSockets.WebSocketException or IOException ? "dropped" : "failed");
            }

            if (end.Fatal is { } code)
            {
                StoppedReason = GatewayOpcodes.Describe(code);
                Log.Fatal(logger, code, StoppedReason);
                return;
            }

            if (!end.Resume)
            {
                _sessionId = null;
                _resumeUrl = null;
                Interlocked.Exchange(ref _sequence, -1);
            }

            failures = end.Healthy ? 0 : failures + 1;
            var delay = end.Delay ?? Backoff(failures);
            var resume = end.Resume && _sessionId is not null;
            Log.Reconnecting(logger, delay.TotalMilliseconds, resume);
            DiscordTelemetry.GatewayReconnects.Add(1, new KeyValuePair<string, object?>("discord.reason", end.Reason), new KeyValuePair<string, object?>("discord.resume", resume));
            await Task.Delay(delay, timeProvider, stoppingToken);
        }
    }

    private async Task<GatewayBotInfo> FetchGatewayAsync(CancellationToken cancellationToken)
    {
        var info = await rest.GetGatewayBotAsync(cancellationToken);
        _identifyLimit.Update(info.SessionStartLimit);
        return info;
    }

    private async Task<ConnectionEnd> RunConnectionAsync(GatewayBotInfo gateway, CancellationToken stoppingToken)
    {
        var resuming = _sessionId is not null && _resumeUrl is not null;
        if (!resuming)
        {
            await _identifyLimit.WaitAsync(IdentifySpacing, logger, stoppingToken);
        }

        var baseUrl = resuming ? _resumeUrl! : gateway.Url;
        var uri = new Uri($"{baseUrl.TrimEnd('/')}/?v=10&encoding=json");
        await using var transport = transports.Create();
        // Not linked to stoppingToken: cancelling a receive aborts the socket, and on shutdown it is closed instead.
        using var connection = new CancellationTokenSource();
        await transport.ConnectAsync(uri, stoppingToken);
        using var sender = new GatewaySender(transport, new GatewaySendLimiter(timeProvider));
        var hello = await transport.ReceiveAsync(stoppingToken);
        if (hello.IsClose)
        {
            return Closed(hello.CloseCode!.Value, hello.CloseReason, healthy: false);
        }

        var helloPayload = JsonSerializer.Deserialize(hello.Payload.Span, DiscordJsonContext.Default.GatewayPayload);
        if (helloPayload is not { Op: GatewayOpcodes.Hello, D: { } helloData })
        {
            await sender.CloseAsync(GatewayOpcodes.ReconnectClose, "expected HELLO", stoppingToken);
            return new ConnectionEnd(Resume: true, Reason: "protocol");
        }

        var interval = TimeSpan.FromMilliseconds(helloData.Deserialize(DiscordJsonContext.Default.GatewayHello)!.HeartbeatInterval);
        var heartbeat = new HeartbeatMonitor();
        var beating = HeartbeatAsync(sender, interval, heartbeat, connection);
        try
        {
            if (resuming)
            {
                Log.Resuming(logger, _sessionId!);
                await sender.SendAsync(new ResumeCommand(GatewayOpcodes.Resume, new ResumeData(options.Value.BotToken, _sessionId!, Sequence)), DiscordJsonContext.Default.ResumeCommand, connection.Token);
            }
            else
            {
                await sender.SendAsync(Identify(), DiscordJsonContext.Default.IdentifyCommand, connection.Token);
            }

            return await ReceiveUntilStoppedAsync(ReceiveLoopAsync(transport, sender, heartbeat, connection.Token), sender, connection, stoppingToken);
        }
        catch (OperationCanceledException) when (heartbeat.Zombied && !stoppingToken.IsCancellationRequested)
        {
            Log.Zombied(logger);
            return new ConnectionEnd(Resume: true, Delay: TimeSpan.Zero, Healthy: heartbeat.Healthy, Reason: "zombied");
        }
        finally
        {
            await connection.CancelAsync();
            await beating;
        }
    }

    // When the host stops, the connection is closed with a code other than 1000/1001, so the session stays
    // resumable, and Discord's closing frame is awaited briefly before the socket is dropped.
    private static async Task<ConnectionEnd> ReceiveUntilStoppedAsync(
        Task<ConnectionEnd> receiving, GatewaySender sender, CancellationTokenSource connection, CancellationToken stoppingToken)
    {
        using var waitForStop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var stopped = Task.Delay(Timeout.Infinite, waitForStop.Token);
        if (await Task.WhenAny(receiving, stopped) == receiving)
        {
            await waitForStop.CancelAsync();
            return await receiving;
        }

        using (var grace = new CancellationTokenSource(CloseGrace))
        {
            await sender.CloseAsync(GatewayOpcodes.ReconnectClose, "shutting down", grace.Token);
        }

        connection.CancelAfter(CloseGrace);
        try
        {
            await receiving;
        }
        catch (Exception exception) when (exception is OperationCanceledException or System.Net.WebSockets.WebSocketException or IOException)
        {
            // Discord did not answer the close in time; the session is resumable all the same.
        }

        throw new OperationCanceledException(stoppingToken);
    }

    private async Task<ConnectionEnd> ReceiveLoopAsync(IGatewayTransport transport, GatewaySender sender, HeartbeatMonitor heartbeat, CancellationToken cancellationToken)
    {
        while (true)
        {
            var frame = await transport.ReceiveAsync(cancellationToken);
            if (frame.IsClose)
            {
                return Closed(frame.CloseCode!.Value, frame.CloseReason, heartbeat.Healthy);
            }

            var payload = JsonSerializer.Deserialize(frame.Payload.Span, DiscordJsonContext.Default.GatewayPayload);
            switch (payload?.Op)
            {
                case GatewayOpcodes.Dispatch:
                    if (payload.S is { } sequence)
                    {
                        Interlocked.Exchange(ref _sequence, sequence);
                    }

                    Dispatch(payload, heartbeat);
                    break;
                case GatewayOpcodes.Heartbeat:
                    await sender.HeartbeatAsync(Sequence, cancellationToken);
                    break;
                case GatewayOpcodes.HeartbeatAck:
                    heartbeat.Acknowledge();
                    break;
                case GatewayOpcodes.Reconnect:
                    Log.ReconnectRequested(logger);
                    await sender.CloseAsync(GatewayOpcodes.ReconnectClose, "reconnect requested", cancellationToken);
                    return new ConnectionEnd(Resume: true, Delay: TimeSpan.Zero, Healthy: heartbeat.Healthy, Reason: "reconnect_requested");
                case GatewayOpcodes.InvalidSession:
                    var resumable = payload.D is { ValueKind: JsonValueKind.True };
                    Log.InvalidSession(logger, resumable);
                    await sender.CloseAsync(GatewayOpcodes.ReconnectClose, "invalid session", cancellationToken);
                    return new ConnectionEnd(Resume: resumable, Delay: TimeSpan.FromMilliseconds(Random.Shared.Next(1000, 5001)), Reason: "invalid_session");
            }
        }
    }

    private void Dispatch(GatewayPayload payload, HeartbeatMonitor heartbeat)
    {
        switch (payload.T)
        {
            case "READY" when payload.D?.Deserialize(DiscordJsonContext.Default.GatewayReady) is { } ready:
                _sessionId = ready.SessionId;
                _resumeUrl = ready.ResumeGatewayUrl;
                _botUserId = ready.User.Id;
                heartbeat.Healthy = true;
                Log.Ready(logger, ready.User.Username ?? ready.User.Id, ready.SessionId);
                break;
            case "RESUMED":
                heartbeat.Healthy = true;
                Log.Resumed(logger);
                break;
            case "MESSAGE_CREATE" when payload.D?.Deserialize(DiscordJsonContext.Default.GatewayMessage) is { } message:
                messages.Offer(message, _botUserId);
                break;
        }
    }

    // Heartbeats until the connection ends; a heartbeat whose predecessor got no ACK means the connection
    // is zombied: close it (not with 1000/1001, so the session stays resumable) and end the receive loop.
    private async Task HeartbeatAsync(GatewaySender sender, TimeSpan interval, HeartbeatMonitor heartbeat, CancellationTokenSource connection)
    {
        try
        {
            await Task.Delay(interval * Random.Shared.NextDouble(), timeProvider, connection.Token);
            while (!connection.IsCancellationRequested)
            {
                if (!heartbeat.TryBeat())
                {
                    heartbeat.Zombied = true;
                    using var grace = new CancellationTokenSource(CloseGrace);
                    await sender.CloseAsync(GatewayOpcodes.ReconnectClose, "no heartbeat ack", grace.Token);
                    await connection.CancelAsync();
                    return;
                }

                await sender.HeartbeatAsync(Sequence, connection.Token);
                await Task.Delay(interval, timeProvider, connection.Token);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or System.Net.WebSockets.WebSocketException or IOException or ObjectDisposedException)
        {
            // The connection ended; the receive loop decides what comes next.
            if (heartbeat.Zombied)
            {
                await connection.CancelAsync();
            }
        }
    }

    private ConnectionEnd Closed(int code, string? reason, bool healthy)
    {
        Log.Closed(logger, code, reason ?? string.Empty);
        return GatewayOpcodes.IsFatal(code)
            ? new ConnectionEnd(Resume: false, Fatal: code)
            : new ConnectionEnd(Resume: !GatewayOpcodes.EndsSession(code), Healthy: healthy);
    }

    private IdentifyCommand Identify()
    {
        var settings = options.Value;
        var intents = GatewayOpcodes.Guilds | GatewayOpcodes.GuildMessages | GatewayOpcodes.DirectMessages | GatewayOpcodes.MessageContent;
        var properties = new IdentifyProperties(Environment.OSVersion.Platform.ToString().ToLowerInvariant(), "sourcingbot", "sourcingbot");
        return new IdentifyCommand(GatewayOpcodes.Identify,
            new IdentifyData(settings.BotToken, intents, properties, [settings.Gateway.ShardId, settings.Gateway.ShardCount]));
    }

    private long? Sequence => Interlocked.Read(ref _sequence) is var value && value >= 0 ? value : null;

    // 1 s, 2 s, 4 s … up to Discord:Gateway:MaxReconnectDelay, with up to a quarter of jitter.
    private TimeSpan Backoff(int failures)
    {
        if (failures <= 0)
        {
            return TimeSpan.FromMilliseconds(Random.Shared.Next(0, 1000));
        }

        var seconds = Math.Min(Math.Pow(2, Math.Min(failures - 1, 16)), options.Value.Gateway.MaxReconnectDelay.TotalSeconds);
        return TimeSpan.FromSeconds(seconds * (1 + (Random.Shared.NextDouble() / 4)));
    }
}
