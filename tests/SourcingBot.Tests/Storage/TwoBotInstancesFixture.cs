using System.Globalization;
using SourcingBot.Tests.Hosting;

namespace SourcingBot.Tests.Storage;

/// <summary>Two bot processes on two ports sharing one PostgreSQL database, as behind a load balancer.</summary>
public sealed class TwoBotInstancesFixture : IAsyncLifetime
{
    private PostgresTestDatabase? _database;

    public PostgresTestDatabase Database => _database!;

    public BotProcess A { get; private set; } = null!;

    public BotProcess B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        string[] configuration =
        [
            "--Storage:Provider=Postgres",
            $"--ConnectionStrings:Postgres={_database.ConnectionString}",
            "--Telemetry:PrometheusEndpoint=true",
            "--Logging:LogLevel:Default=Warning",
        ];

        // Started together, so both run the migrations at once.
        var a = BotProcess.StartAsync(configuration);
        var b = BotProcess.StartAsync(configuration);
        await Task.WhenAll(a, b);
        (A, B) = (await a, await b);
    }

    /// <summary>The conversation-store conflicts an instance counted (and retried), or null if it does not export them.</summary>
    public static async Task<long?> ConflictsAsync(BotProcess bot)
    {
        using var client = bot.CreateClient();
        using var response = await client.GetAsync("/metrics");
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var lines = (await response.Content.ReadAsStringAsync()).Split('\n')
            .Where(line => line.StartsWith("sourcingbot_store_conflicts", StringComparison.Ordinal))
            .ToList();
        return lines.Sum(line => (long)double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
    }

    public async Task DisposeAsync()
    {
        if (A is not null)
        {
            await A.DisposeAsync();
        }

        if (B is not null)
        {
            await B.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
