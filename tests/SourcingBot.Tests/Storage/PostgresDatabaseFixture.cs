namespace SourcingBot.Tests.Storage;

/// <summary>One <see cref="PostgresTestDatabase"/> for a test class, created before its first test and dropped after its last.</summary>
public sealed class PostgresDatabaseFixture : IAsyncLifetime
{
    private PostgresTestDatabase? _database;

    public PostgresTestDatabase Database => _database ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync() => _database = await PostgresTestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
