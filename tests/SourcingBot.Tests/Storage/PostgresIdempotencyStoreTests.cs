using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SourcingBot.Conversations.State;
using SourcingBot.Storage;

namespace SourcingBot.Tests.Storage;

// The contract against PostgreSQL: one database for the class, emptied before each test.
public sealed class PostgresIdempotencyStoreTests(PostgresDatabaseFixture fixture)
    : IdempotencyStoreContractTests, IClassFixture<PostgresDatabaseFixture>
{
    private readonly List<PostgresDatabase> _databases = [];

    public override async Task InitializeAsync()
    {
        await OpenDatabase().InitializeAsync(Token);
        await fixture.Database.QueryAsync("TRUNCATE conversations, idempotency_keys;");
    }

    public override async Task DisposeAsync()
    {
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    protected override IIdempotencyStore CreateStore(TimeProvider timeProvider) => new PostgresIdempotencyStore(OpenDatabase(), timeProvider);

    [Fact]
    public async Task TryBeginAsync_TwoInstancesAtOnce_ExactlyOneIsFirst()
    {
        var first = new PostgresIdempotencyStore(OpenDatabase(), Time);
        var second = new PostgresIdempotencyStore(OpenDatabase(), Time);

        for (var round = 0; round < 20; round++)
        {
            var key = $"discord:interaction-{round}";
            var claims = await Task.WhenAll(
                Task.Run(() => first.TryBeginAsync(key, Window, Token)),
                Task.Run(() => second.TryBeginAsync(key, Window, Token)));

            claims.Count(claim => claim.IsFirst).Should().Be(1, $"round {round}");
        }
    }

    private PostgresDatabase OpenDatabase()
    {
        var database = new PostgresDatabase(
            Options.Create(new PostgresOptions { ConnectionString = fixture.Database.ConnectionString }), NullLogger<PostgresDatabase>.Instance);
        _databases.Add(database);
        return database;
    }
}
