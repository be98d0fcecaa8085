using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SourcingBot.Conversations.State;
using SourcingBot.Storage;

namespace SourcingBot.Tests.Storage;

public sealed class SqliteConversationStoreTests : ConversationStoreContractTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sourcingbot-tests", Guid.NewGuid().ToString("N"));
    private readonly List<SqliteDatabase> _databases = [];

    // A folder that does not exist yet, two levels down, as a fresh deployment has.
    private string DatabasePath => Path.Combine(_folder, "data", "nested", "conversations.db");

    protected override IConversationStore CreateStore(TimeProvider timeProvider) => OpenStore(timeProvider);

    [Fact]
    public async Task FirstUse_NoFolderYet_CreatesFolderAndDatabaseFile()
    {
        var store = OpenStore(Time);
        Directory.Exists(_folder).Should().BeFalse("creating the store touches no disk");

        await store.LoadAsync("conversation", Token);

        File.Exists(DatabasePath).Should().BeTrue();
        store.DatabasePath.Should().Be(DatabasePath);
    }

    [Fact]
    public async Task FirstUse_NewDatabase_UsesWalAndRecordsSchemaVersion()
    {
        await OpenStore(Time).LoadAsync("conversation", Token);

        (await QueryAsync("PRAGMA journal_mode;")).Should().Be("wal");
        (await QueryAsync("SELECT group_concat(version) FROM schema_version;")).Should().Be(SqliteSchema.LatestVersion.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task NewStore_AfterRestart_LosesNothing()
    {
        var before = OpenStore(Time);
        await before.SaveAsync("assessment", """{"step":1}""", 0, Token);
        await before.SaveAsync("assessment", """{"step":2,"answer":"nearshore ✓"}""", 1, Token);
        await before.SaveAsync("other", "other state", 0, Token);
        var savedAt = Time.GetUtcNow();
        _databases[^1].Dispose();
        Time.Advance(TimeSpan.FromMinutes(5));

        var after = OpenStore(Time);

        (await after.LoadAsync("assessment", Token)).Should().Be(new StoredConversation("assessment", 2, """{"step":2,"answer":"nearshore ✓"}""", savedAt));
        (await after.LoadAsync("other", Token)).Should().Be(new StoredConversation("other", 1, "other state", savedAt));
        (await after.SaveAsync("assessment", "stale", 1, Token)).Outcome.Should().Be(SaveOutcome.Conflict);
        (await after.SaveAsync("assessment", """{"step":3}""", 2, Token)).Should().Be(new SaveResult(SaveOutcome.Saved, 3));
        (await QueryAsync("SELECT count(*) FROM schema_version;")).Should().Be(1L, "opening again must not migrate again");
    }

    [Fact]
    public async Task SaveAsync_TwoStoresOnOneFile_ExactlyOneOfConcurrentSavesWins()
    {
        var first = OpenStore(Time);
        var second = OpenStore(Time);
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
    public async Task FirstUse_DatabaseFromANewerBuild_FailsNamingTheFile()
    {
        await OpenStore(Time).LoadAsync("conversation", Token);
        await QueryAsync("UPDATE schema_version SET version = 99;");

        var newer = OpenStore(Time);

        (await newer.Invoking(store => store.LoadAsync("conversation", Token)).Should().ThrowAsync<InvalidOperationException>())
            .WithMessage($"*'{DatabasePath}'*schema version 99*");
    }

    [Fact]
    public async Task FirstUse_DatabaseAtTheFirstSchemaVersion_AddsTheMissingTablesAndKeepsConversations()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await QueryAsync("""
            CREATE TABLE schema_version (id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
            INSERT INTO schema_version VALUES (1, 1);
            CREATE TABLE conversations (
                conversation_id TEXT NOT NULL PRIMARY KEY, version INTEGER NOT NULL, state TEXT NOT NULL, updated_at INTEGER NOT NULL);
            CREATE INDEX ix_conversations_updated_at ON conversations (updated_at);
            """);
        await QueryAsync($"INSERT INTO conversations VALUES ('kept', 3, 'old state', {Time.GetUtcNow().ToUnixTimeMilliseconds()});");

        var store = OpenStore(Time);
        var idempotency = new SqliteIdempotencyStore(_databases[^1], Time);

        (await store.LoadAsync("kept", Token)).Should().Be(new StoredConversation("kept", 3, "old state", Time.GetUtcNow()));
        (await idempotency.TryBeginAsync("teams:activity-1", TimeSpan.FromHours(1), Token)).IsFirst.Should().BeTrue();
        (await QueryAsync("SELECT version FROM schema_version;")).Should().Be((long)SqliteSchema.LatestVersion);
    }

    [Fact]
    public async Task SaveAsync_Always_StoresUnixMillisecondsInUpdatedAt()
    {
        await OpenStore(Time).SaveAsync("conversation", "state", 0, Token);

        (await QueryAsync("SELECT updated_at FROM conversations;")).Should().Be(Time.GetUtcNow().ToUnixTimeMilliseconds());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }

        foreach (var database in _databases)
        {
            database.Dispose();
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private SqliteConversationStore OpenStore(TimeProvider timeProvider)
    {
        var options = Options.Create(new ConversationStoreOptions { SqlitePath = DatabasePath, IdleExpiry = IdleExpiry });
        var database = new SqliteDatabase(options, NullLogger<SqliteDatabase>.Instance);
        _databases.Add(database);
        return new SqliteConversationStore(database, options, timeProvider);
    }

    private async Task<object?> QueryAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Token);
    }
}
