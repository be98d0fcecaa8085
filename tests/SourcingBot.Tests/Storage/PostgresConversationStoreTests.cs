using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using SourcingBot.Conversations.State;
using SourcingBot.Storage;

namespace SourcingBot.Tests.Storage;

// The contract against PostgreSQL (one database for the class, emptied before each test), plus what only
// PostgreSQL has: migrations shared by instances that start together, and a connection string with a password.
public sealed class PostgresConversationStoreTests(PostgresDatabaseFixture fixture)
    : ConversationStoreContractTests, IClassFixture<PostgresDatabaseFixture>
{
    private readonly List<PostgresDatabase> _databases = [];

    public override async Task InitializeAsync()
    {
        await OpenDatabase(fixture.Database.ConnectionString).InitializeAsync(Token);
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

    protected override IConversationStore CreateStore(TimeProvider timeProvider) => OpenStore(fixture.Database.ConnectionString, timeProvider);

    [Fact]
    public async Task InitializeAsync_NewDatabase_CreatesTablesAndRecordsSchemaVersion()
    {
        await using var fresh = await PostgresTestDatabase.CreateAsync();

        await OpenDatabase(fresh.ConnectionString).InitializeAsync(Token);

        (await fresh.QueryAsync("SELECT version FROM schema_version;")).Should().Be(PostgresSchema.LatestVersion);
        (await fresh.QueryAsync("SELECT count(*) FROM information_schema.tables WHERE table_name IN ('conversations', 'idempotency_keys');"))
            .Should().Be(2L);
    }

    [Fact]
    public async Task InitializeAsync_TenInstancesStartingAtOnce_MigrateOnceAndAllWork()
    {
        await using var fresh = await PostgresTestDatabase.CreateAsync();
        var instances = Enumerable.Range(0, 10).Select(_ => OpenDatabase(fresh.ConnectionString)).ToList();

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var starts = instances.Select(instance => Task.Run(async () =>
        {
            await start.Task;
            await instance.InitializeAsync(Token);
        })).ToList();
        start.SetResult();
        await Task.WhenAll(starts);

        (await fresh.QueryAsync("SELECT count(*) FROM schema_version;")).Should().Be(1L);
        (await fresh.QueryAsync("SELECT version FROM schema_version;")).Should().Be(PostgresSchema.LatestVersion);
        var options = Options.Create(new ConversationStoreOptions { IdleExpiry = IdleExpiry });
        for (var i = 0; i < instances.Count; i++)
        {
            var store = new PostgresConversationStore(instances[i], options, Time);
            (await store.SaveAsync($"instance-{i}", "state", 0, Token)).Outcome.Should().Be(SaveOutcome.Saved);
        }
    }

    [Fact]
    public async Task InitializeAsync_DatabaseAtTheFirstSchemaVersion_AddsTheMissingTablesAndKeepsConversations()
    {
        await using var old = await PostgresTestDatabase.CreateAsync();
        await old.QueryAsync("""
            CREATE TABLE schema_version (id integer NOT NULL PRIMARY KEY CHECK (id = 1), version integer NOT NULL);
            INSERT INTO schema_version VALUES (1, 1);
            CREATE TABLE conversations (
                conversation_id text NOT NULL PRIMARY KEY, version bigint NOT NULL, state text NOT NULL, updated_at timestamptz NOT NULL);
            CREATE INDEX ix_conversations_updated_at ON conversations (updated_at);
            """);
        await old.QueryAsync(
            "INSERT INTO conversations VALUES ('kept', 3, 'old state', @at);", ("at", Time.GetUtcNow()));

        var database = OpenDatabase(old.ConnectionString);
        var conversations = new PostgresConversationStore(database, Options.Create(new ConversationStoreOptions { IdleExpiry = IdleExpiry }), Time);
        var idempotency = new PostgresIdempotencyStore(database, Time);

        (await conversations.LoadAsync("kept", Token)).Should().Be(new StoredConversation("kept", 3, "old state", Time.GetUtcNow()));
        (await idempotency.TryBeginAsync("teams:activity-1", TimeSpan.FromHours(1), Token)).IsFirst.Should().BeTrue();
        (await old.QueryAsync("SELECT version FROM schema_version;")).Should().Be(PostgresSchema.LatestVersion);
    }

    [Fact]
    public async Task InitializeAsync_DatabaseFromANewerBuild_FailsNamingTheDatabase()
    {
        await using var fresh = await PostgresTestDatabase.CreateAsync();
        await OpenDatabase(fresh.ConnectionString).InitializeAsync(Token);
        await fresh.QueryAsync("UPDATE schema_version SET version = 99;");

        var newer = OpenDatabase(fresh.ConnectionString);

        (await newer.Invoking(database => database.InitializeAsync(Token)).Should().ThrowAsync<InvalidOperationException>())
            .WithMessage($"*'{fresh.Name}'*schema version 99*");
    }

    [Fact]
    public async Task SaveAsync_TwoInstancesWithTheirOwnPools_ExactlyOneOfConcurrentSavesWins()
    {
        var first = OpenStore(fixture.Database.ConnectionString, Time);
        var second = OpenStore(fixture.Database.ConnectionString, Time);
        await first.SaveAsync("shared", "start", 0, Token);

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var saves = Enumerable.Range(0, 20)
            .Select(i => Task.Run(async () =>
            {
                await start.Task;
                return await (i % 2 == 0 ? first : second).SaveAsync("shared", $"turn-{i}", 1, Token);
            }))
            .ToList();
        start.SetResult();
        var results = await Task.WhenAll(saves);

        results.Where(result => result.Outcome == SaveOutcome.Saved).Should().ContainSingle();
        (await second.LoadAsync("shared", Token))!.Version.Should().Be(2);
    }

    [Fact]
    public async Task InitializeAsync_ConnectionStringWithPassword_LogsServerButNeverThePassword()
    {
        const string Password = "s3cret-Pa55word";
        var logger = new CapturingLogger();
        var connectionString = fixture.Database.ConnectionString + $";Password={Password}";
        var database = new PostgresDatabase(Options.Create(new PostgresOptions { ConnectionString = connectionString }), logger);
        _databases.Add(database);

        await database.InitializeAsync(Token);

        logger.Messages.Should().ContainSingle().Which.Should().Contain(fixture.Database.Name).And.Contain(new NpgsqlConnectionStringBuilder(connectionString).Host);
        logger.Messages.Should().NotContain(message => message.Contains(Password, StringComparison.Ordinal));
        database.Server.Should().NotContain(Password);
    }

    private PostgresConversationStore OpenStore(string connectionString, TimeProvider timeProvider) =>
        new(OpenDatabase(connectionString), Options.Create(new ConversationStoreOptions { IdleExpiry = IdleExpiry }), timeProvider);

    private PostgresDatabase OpenDatabase(string connectionString)
    {
        var database = new PostgresDatabase(
            Options.Create(new PostgresOptions { ConnectionString = connectionString }), NullLogger<PostgresDatabase>.Instance);
        _databases.Add(database);
        return database;
    }

    private sealed class CapturingLogger : ILogger<PostgresDatabase>
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Add(formatter(state, exception));
    }
}
