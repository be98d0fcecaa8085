using System.Diagnostics;
using System.Net;
using SourcingBot.Tests.Hosting;
using Xunit.Abstractions;

namespace SourcingBot.Tests.Storage;

// PostgreSQL goes away under a running bot (a cluster of the test's own, stopped and started again): turns fail
// fast with a friendly "try again", /readyz says 503 so a load balancer looks elsewhere, nothing is half-written,
// and service resumes by itself when the database is back, at the step the conversation was at.
public sealed class DatabaseOutageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task PostgresStopped_TurnsFailFastAndFriendly_ReadyzIs503_ThenServiceResumesAtTheSameStep()
    {
        await using var cluster = await ThrowawayPostgresCluster.StartNewAsync();
        await using var bot = await BotProcess.StartAsync(
            "--Storage:Provider=Postgres", $"--ConnectionStrings:Postgres={cluster.ConnectionString};Password=outage-secret-9471");
        using var http = bot.CreateClient();
        var chat = new ChatClient(http);
        await chat.SayAsync("recommend");
        (await chat.SayAsync("cost and talent")).AskedStep().Should().Be("function");

        await cluster.StopAsync();
        var clock = Stopwatch.StartNew();
        var failed = await chat.SayAsync("customer support");
        clock.Stop();

        var reply = failed.Should().ContainSingle().Subject!;
        reply.Kind().Should().Be("error");
        ChatClient.Text(reply, "text").Should().Contain("try again").And.NotContain("127.0.0.1").And.NotContain("outage-secret").And.NotContain("Npgsql");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "a turn must not hang while the database is down");
        output.WriteLine($"A turn with PostgreSQL down failed in {clock.ElapsedMilliseconds} ms");
        using (var ready = await http.GetAsync("/readyz"))
        {
            ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            (await ready.Content.ReadAsStringAsync()).Should().NotContain(cluster.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        (await http.GetAsync("/healthz")).StatusCode.Should().Be(HttpStatusCode.OK, "the process itself is fine; restarting it would not help");

        await cluster.StartAsync();
        await WaitUntilReadyAsync(http);

        (await chat.SayAsync("help")).AskedStep().Should().Be("function", "the failed turn left nothing behind");
        (await chat.SayAsync("customer support")).AskedStep().Should().Be("coreness");
        bot.HasExited.Should().BeFalse();
    }

    [Fact]
    public async Task PostgresRestartedBetweenTurns_NextTurnSucceedsOnAFreshConnection()
    {
        await using var cluster = await ThrowawayPostgresCluster.StartNewAsync();
        await using var bot = await BotProcess.StartAsync("--Storage:Provider=Postgres", $"--ConnectionStrings:Postgres={cluster.ConnectionString}");
        using var http = bot.CreateClient();
        var chat = new ChatClient(http);
        await chat.SayAsync("recommend");

        // Restarted while idle: every pooled connection the bot holds is now broken.
        await cluster.StopAsync();
        await cluster.StartAsync();

        var replies = await chat.SayAsync("cost and talent");

        replies.AskedStep().Should().Be("function", "a broken pooled connection is replaced, not reported");
        (await chat.SayAsync("customer support")).AskedStep().Should().Be("coreness");
    }

    private static async Task WaitUntilReadyAsync(HttpClient http)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            using var ready = await http.GetAsync("/readyz");
            if (ready.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            waited.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60), "the bot should notice the database is back");
            await Task.Delay(200);
        }
    }
}
