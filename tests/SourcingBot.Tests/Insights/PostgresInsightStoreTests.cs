using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SourcingBot.Storage;
using SourcingBot.Tests.Storage;

namespace SourcingBot.Tests.Insights;

// The contract against PostgreSQL: one database for the class, emptied before each test.
public sealed class PostgresInsightStoreTests(PostgresDatabaseFixture fixture) : InsightStoreContractTests, IClassFixture<PostgresDatabaseFixture>, IDisposable
{
    private PostgresDatabase? _database;

    public override async Task InitializeAsync()
    {
        _database = new PostgresDatabase(
            Options.Create(new PostgresOptions { ConnectionString = fixture.Database.ConnectionString }), NullLogger<PostgresDatabase>.Instance);
        await _database.InitializeAsync(CancellationToken.None);
        await fixture.Database.QueryAsync("TRUNCATE recorded_questions, usage_events, leads;");
    }

    public override async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
            _database = null;
        }

        await base.DisposeAsync();
    }

    public void Dispose() => _database?.Dispose();

    internal override IInsightStore CreateStore() => SqlInsightStore.ForPostgres(_database!);
}
