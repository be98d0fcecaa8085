using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SourcingBot.Conversations.State;
using SourcingBot.Hosting;
using SourcingBot.Insights;
using SourcingBot.Tests.Cli;

namespace SourcingBot.Tests.Hosting;

// The warm-up sends real requests to the bot's own /api/chat over loopback before /readyz says ready, so the first
// user does not pay for the HTTP path's first run. It must leave nothing behind, and must never keep the bot from
// becoming ready. These run the bot on real Kestrel sockets with its SQLite file.
public sealed class WarmUpTests
{
    private static readonly string[] Tables = ["conversations", "idempotency_keys", "recorded_questions", "usage_events", "leads"];

    [Fact]
    public async Task WarmUp_OverKestrel_LeavesNoConversationNoInsightAndNoRequestMetric_ButUsersAreRecorded()
    {
        var logs = new ScopedLogCapture();
        using var chatRequests = new ChatRequestCounter();
        await using var factory = OnKestrel(new BotFactory().WithServices(services => services.AddSingleton<ILoggerProvider>(logs)));
        using var http = new HttpClient { BaseAddress = Address(factory) };

        await WaitUntilReadyAsync(http);

        var warmUpLines = logs.Entries.Where(entry => entry.Category == typeof(WarmUpService).FullName && entry.Level >= LogLevel.Information).ToArray();
        warmUpLines.Should().ContainSingle("the warm-up writes one line at Information").Which.Message.Should().MatchRegex(@"HTTP \d+ ms\); ready");
        logs.Entries.Should().NotContain(entry => entry.Level == LogLevel.Information
            && (entry.Category.StartsWith("System.Net.Http", StringComparison.Ordinal) || entry.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)));
        (await RowCountsAsync(factory.DatabasePath)).Should().OnlyContain(count => count.Value == 0, "the warm-up leaves no conversation, question, usage, lead or key");
        (await UsageReportAsync(factory.DatabasePath)).Should().NotContain("define-nearshoring");

        // A user who sends the header with a guessed value is a user like any other: answered, recorded and counted.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/chat")
        {
            Content = JsonContent("""{"conversationId":"user-1","userId":"user-1","text":"what is nearshoring?"}"""),
        };
        request.Headers.Add(WarmUpRequests.Header, new string('0', 64));
        (await http.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.OK);
        await factory.Services.GetRequiredService<InsightWriteBehind>().FlushAsync(CancellationToken.None);
        (await RowCountsAsync(factory.DatabasePath))["usage_events"].Should().Be(1);
        (await UsageReportAsync(factory.DatabasePath)).Should().Contain("| define-nearshoring | 1 |");
        (await chatRequests.CountOnceAnyAsync(factory.Services.GetRequiredService<IMeterFactory>()))
            .Should().Be(1, "the warm-up's requests to /api/chat are not user traffic");
    }

    [Fact]
    public async Task Readyz_WhileTheHttpWarmUpIsUnderway_Returns503_ThenReady()
    {
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var factory = OnKestrel(new BotFactory().WithServices(services => services.AddSingleton<IStartupFilter>(new BeforeWarmUpRequests(async context =>
        {
            held.TrySetResult();
            await release.Task;
        }))));
        using var http = new HttpClient { BaseAddress = Address(factory) };

        await held.Task.WaitAsync(TimeSpan.FromSeconds(30));
        using (var warming = await http.GetAsync(new Uri("/readyz", UriKind.Relative)))
        {
            warming.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            (await warming.Content.ReadAsStringAsync()).Should().Be("warming up");
        }

        release.SetResult();
        await WaitUntilReadyAsync(http);
    }

    [Fact]
    public async Task WarmUp_RequestsFail_BotBecomesReadyAllTheSame_AndSaysWhyOnce()
    {
        var logs = new ScopedLogCapture();
        await using var factory = OnKestrel(new BotFactory().WithServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            services.AddSingleton<IStartupFilter>(new BeforeWarmUpRequests(context =>
            {
                context.Abort();
                return Task.CompletedTask;
            }));
        }));
        using var http = new HttpClient { BaseAddress = Address(factory) };

        await WaitUntilReadyAsync(http);

        logs.Entries.Where(entry => entry.Category == typeof(WarmUpService).FullName && entry.Level == LogLevel.Warning)
            .Should().ContainSingle().Which.Message.Should().Contain("HTTP endpoints failed");
        logs.Entries.Should().Contain(entry => entry.Category == typeof(WarmUpService).FullName && entry.Message.Contains("HTTP not warmed", StringComparison.Ordinal));
        (await new ChatClient(http).SayAsync("what is nearshoring?")).Should().NotBeEmpty();
    }

    [Fact]
    public async Task WarmUp_StoreFailing_BotBecomesReady_WithoutSendingTurnsThatWouldFailToo()
    {
        var logs = new ScopedLogCapture();
        await using var factory = OnKestrel(new BotFactory().WithServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            services.AddSingleton<IConversationStore, UnreachableStore>();
        }));
        using var http = new HttpClient { BaseAddress = Address(factory) };

        await WaitUntilReadyAsync(http);

        var warmUp = logs.Entries.Where(entry => entry.Category == typeof(WarmUpService).FullName).ToArray();
        warmUp.Should().Contain(entry => entry.Level == LogLevel.Warning && entry.Message.Contains("A warm-up turn failed", StringComparison.Ordinal));
        warmUp.Should().Contain(entry => entry.Level == LogLevel.Information && entry.Message.Contains("HTTP not warmed", StringComparison.Ordinal));
        logs.Entries.Should().NotContain(entry => entry.Category == typeof(TurnErrors).FullName, "no warm-up turn was sent to fail like a user's");
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000/")]
    [InlineData("http://localhost:3978", "http://localhost:3978/")]
    [InlineData("http://+:8080", "http://localhost:8080/")]
    [InlineData("http://*:8080", "http://localhost:8080/")]
    [InlineData("http://0.0.0.0:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://[::]:8080", "http://[::1]:8080/")]
    [InlineData("http://10.1.2.3:8080", "http://10.1.2.3:8080/")]
    [InlineData("https://127.0.0.1:5001 http://127.0.0.1:5000", "http://127.0.0.1:5000/")]
    [InlineData("https://127.0.0.1:5001", null)]
    [InlineData("http://unix:/run/sourcingbot.sock", null)]
    [InlineData("", null)]
    public void LoopbackAddress_ServerAddresses_ThePlainHttpAddressThisProcessCanReach(string addresses, string? expected)
    {
        var address = HttpWarmUp.LoopbackAddress(addresses.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        address?.AbsoluteUri.Should().Be(expected);
        (address is null).Should().Be(expected is null);
    }

    private static BotFactory OnKestrel(BotFactory factory)
    {
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        return factory;
    }

    private static Uri Address(BotFactory factory) =>
        new(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    private static async Task WaitUntilReadyAsync(HttpClient http)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (TimeProvider.System.TimestampFrequency * 30);
        while (true)
        {
            using var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            TimeProvider.System.GetTimestamp().Should().BeLessThan(deadline, "the bot should become ready");
            await Task.Delay(20);
        }
    }

    private static async Task<Dictionary<string, long>> RowCountsAsync(string databasePath)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in Tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {table}";
            counts[table] = (long)(await command.ExecuteScalarAsync())!;
        }

        return counts;
    }

    private static async Task<string> UsageReportAsync(string databasePath)
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(["report", "usage", $"--Storage:SqlitePath={databasePath}"]);
        exitCode.Should().Be(0, error);
        return output;
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    // ASP.NET Core's measurements of /api/chat requests. Every host in the test process has a meter of that name, so
    // a host's own are those of the meter its IMeterFactory made.
    private sealed class ChatRequestCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentQueue<object?> _meterScopes = new();

        public ChatRequestCounter()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument is { Name: "http.server.request.duration", Meter.Name: "Microsoft.AspNetCore.Hosting" })
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag is { Key: "http.route", Value: "/api/chat" })
                    {
                        _meterScopes.Enqueue(instrument.Meter.Scope);
                    }
                }
            });
            _listener.Start();
        }

        // A request is measured just after its response was sent: waits (up to 10 s) until there is one.
        public async Task<int> CountOnceAnyAsync(IMeterFactory meters)
        {
            var deadline = TimeProvider.System.GetTimestamp() + (TimeProvider.System.TimestampFrequency * 10);
            int count;
            while ((count = _meterScopes.Count(scope => ReferenceEquals(scope, meters))) == 0 && TimeProvider.System.GetTimestamp() < deadline)
            {
                await Task.Delay(20);
            }

            return count;
        }

        public void Dispose() => _listener.Dispose();
    }

    private sealed class UnreachableStore : IConversationStore
    {
        public Task<StoredConversation?> LoadAsync(string conversationId, CancellationToken cancellationToken) => throw Down();

        public Task<SaveResult> SaveAsync(string conversationId, string state, long expectedVersion, CancellationToken cancellationToken) => throw Down();

        public Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken) => throw Down();

        public Task<int> DeleteIdleAsync(CancellationToken cancellationToken) => throw Down();

        private static InvalidOperationException Down() => new("The conversation store cannot be reached.");
    }

    // Runs before the bot's own middleware, on the warm-up's requests only (they carry the header).
    private sealed class BeforeWarmUpRequests(Func<HttpContext, Task> action) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Headers.ContainsKey(WarmUpRequests.Header))
                {
                    await action(context);
                    if (context.RequestAborted.IsCancellationRequested)
                    {
                        return;
                    }
                }

                await nextMiddleware(context);
            });
            next(app);
        };
    }
}
