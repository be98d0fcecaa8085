using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using SourcingBot.Storage;

namespace SourcingBot.Tests.Storage;

public sealed class StorageInitializerTests
{
    [Fact]
    public async Task StartAsync_Sqlite_CreatesTheDatabaseBeforeTheFirstTurn()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sourcingbot-tests", Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "bot.db");
        try
        {
            await using (var services = Build(new() { ["Storage:SqlitePath"] = path }))
            {
                await Initializer(services).StartAsync(CancellationToken.None);
            }

            File.Exists(path).Should().BeTrue();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task StartAsync_PostgresUnreachable_FailsStartUpNamingTheServerButNotThePassword()
    {
        await using var services = Build(new()
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = "Host=127.0.0.1;Port=1;Database=sourcingbot;Username=bot;Password=hunter2-secret;Timeout=5",
        });

        var failure = await Initializer(services).Invoking(initializer => initializer.StartAsync(CancellationToken.None))
            .Should().ThrowAsync<NpgsqlException>();

        failure.Which.Message.Should().Contain("127.0.0.1").And.NotContain("hunter2-secret");
    }

    [Fact]
    public async Task StartAsync_Memory_DoesNothing()
    {
        await using var services = Build(new() { ["Storage:Provider"] = "Memory" });

        await Initializer(services).Invoking(initializer => initializer.StartAsync(CancellationToken.None)).Should().NotThrowAsync();
    }

    private static StorageInitializer Initializer(IServiceProvider services) =>
        services.GetServices<IHostedService>().OfType<StorageInitializer>().Single();

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddConversationStore()
            .BuildServiceProvider();
    }
}
