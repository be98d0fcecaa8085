using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SourcingBot.Conversations.State;
using SourcingBot.Storage;

namespace SourcingBot.Tests.Storage;

// The SQLite writer commits concurrent writes in batches: what each caller is told must be what the file holds.
public sealed class SqliteWriteQueueTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "sourcingbot-tests", Guid.NewGuid().ToString("N"), "bot.db");
    private readonly List<SqliteDatabase> _databases = [];

    private static CancellationToken Token => CancellationToken.None;

    [Fact]
    public async Task ManyConcurrentSaves_AllCommitted_AndKeptAfterRestart()
    {
        var store = Store(Open());
        var saves = Enumerable.Range(0, 500).Select(i => store.SaveAsync($"conversation-{i}", $"state {i}", 0, Token)).ToArray();

        var results = await Task.WhenAll(saves);

        results.Should().AllBeEquivalentTo(new SaveResult(SaveOutcome.Saved, 1));
        _databases[^1].Dispose();
        var reopened = Store(Open());
        for (var i = 0; i < 500; i += 37)
        {
            (await reopened.LoadAsync($"conversation-{i}", Token))!.State.Should().Be($"state {i}");
        }

        (await CountAsync("SELECT count(*) FROM conversations;")).Should().Be(500);
    }

    [Fact]
    public async Task ConcurrentSavesOfOneConversation_ExactlyOneWinsEachVersion()
    {
        var store = Store(Open());
        await store.SaveAsync("shared", "v1", 0, Token);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => store.SaveAsync("shared", $"v2 from {i}", 1, Token)));

        results.Count(result => result.Outcome == SaveOutcome.Saved).Should().Be(1);
        results.Where(result => result.Outcome == SaveOutcome.Conflict).Should().AllSatisfy(result => result.Version.Should().Be(2));
    }

    [Fact]
    public async Task FailingWriteInABatch_FailsAlone_TheOthersAreCommitted()
    {
        var database = Open();
        var (gate, blocker) = await HoldTheWriterAsync(database);

        // These queue up behind the held writer and so run as one batch.
        var good = Enumerable.Range(0, 5).Select(i => Insert(database, $"good-{i}")).ToList();
        var bad = database.WriteAsync(connection => ExecuteAsync(connection, "INSERT INTO no_such_table VALUES (1);"), Token);
        good.Add(Insert(database, "good-after"));
        gate.SetResult();
        await blocker;

        await Task.WhenAll(good);
        var failure = await FluentActions.Awaiting(() => bad).Should().ThrowAsync<SqliteException>();
        failure.Which.Message.Should().Contain("no_such_table");
        (await CountAsync("SELECT count(*) FROM conversations WHERE conversation_id LIKE 'good-%';")).Should().Be(6);
    }

    [Fact]
    public async Task WriteCancelledWhileQueued_IsNotWritten()
    {
        var database = Open();
        var (gate, blocker) = await HoldTheWriterAsync(database);
        using var cancellation = new CancellationTokenSource();
        var cancelled = Store(database).SaveAsync("cancelled", "state", 0, cancellation.Token);
        var kept = Store(database).SaveAsync("kept", "state", 0, Token);

        await cancellation.CancelAsync();
        gate.SetResult();
        await blocker;

        await FluentActions.Awaiting(() => cancelled).Should().ThrowAsync<OperationCanceledException>();
        (await kept).Outcome.Should().Be(SaveOutcome.Saved);
        (await CountAsync("SELECT count(*) FROM conversations WHERE conversation_id = 'cancelled';")).Should().Be(0);
    }

    [Fact]
    public async Task Dispose_FinishesTheQueuedWrites()
    {
        var database = Open();
        var (gate, blocker) = await HoldTheWriterAsync(database);
        var queued = Enumerable.Range(0, 10).Select(i => Insert(database, $"queued-{i}")).ToArray();

        var disposing = database.DisposeAsync().AsTask();
        gate.SetResult();
        await disposing;

        await Task.WhenAll(queued.Append(blocker));
        (await CountAsync("SELECT count(*) FROM conversations WHERE conversation_id LIKE 'queued-%';")).Should().Be(10);
        await FluentActions.Awaiting(() => Insert(database, "too late")).Should().ThrowAsync<ObjectDisposedException>();
    }

    [Fact]
    public async Task TwoProcessesOnOneFile_BothWritersCommitEverything()
    {
        // Two databases on one file stand for two bot processes: each has its own writer, and the file lock
        // (with the busy timeout) orders their batches.
        var first = Store(Open());
        var second = Store(Open());

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => (i % 2 == 0 ? first : second).SaveAsync($"c-{i}", "state", 0, Token)));

        (await CountAsync("SELECT count(*) FROM conversations;")).Should().Be(200);
    }

    public void Dispose()
    {
        foreach (var database in _databases)
        {
            database.Dispose();
        }

        Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);
    }

    private SqliteDatabase Open()
    {
        var database = new SqliteDatabase(Options.Create(new ConversationStoreOptions { SqlitePath = _path }), NullLogger<SqliteDatabase>.Instance);
        _databases.Add(database);
        return database;
    }

    // A write that keeps the writer busy until the gate opens, so that the writes queued meanwhile form one batch.
    private static async Task<(TaskCompletionSource Gate, Task<int> Blocker)> HoldTheWriterAsync(SqliteDatabase database)
    {
        await Store(database).LoadAsync("create the file", Token);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var blocker = database.WriteAsync(async _ => { await gate.Task; return 0; }, Token);
        return (gate, blocker);
    }

    private static SqliteConversationStore Store(SqliteDatabase database) =>
        new(database, Options.Create(new ConversationStoreOptions()), TimeProvider.System);

    private static Task<int> Insert(SqliteDatabase database, string conversationId) =>
        database.WriteAsync(connection => ExecuteAsync(
            connection, $"INSERT INTO conversations (conversation_id, version, state, updated_at) VALUES ('{conversationId}', 1, 'state', 0);"), Token);

    private static async Task<int> ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync(Token);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(Token))!;
    }
}
