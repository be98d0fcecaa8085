using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SourcingBot.Conversations.Engine;
using SourcingBot.Conversations.State;
using SourcingBot.Conversations.Turns;
using SourcingBot.Knowledge.Loading;
using SourcingBot.Storage;

namespace SourcingBot.Benchmarks;

// The store's share of a turn on the SQLite file the bot uses by default: load a conversation, save it back,
// with 10k to 1M other conversations stored. The rows are seeded directly (a realistic state: an assessment
// answered up to its summary) into a file under the temp folder that later runs reuse.
[MemoryDiagnoser]
public class SqliteStateBenchmarks : IDisposable
{
    private static readonly string[] Answers =
    [
        "recommend", "cost and talent", "customer support", "a support function", "yes", "about forty people", "250 employees",
        "$250k a year", "within 3 months", "Berlin", "asynchronous", "none", "no", "no",
    ];

    private SqliteDatabase _database = null!;
    private SqliteConversationStore _store = null!;
    private string _state = string.Empty;
    private long _next;

    [Params(10_000, 100_000, 1_000_000)]
    public int StoredConversations { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        _state = await RecordStateAsync();
        var path = Path.Combine(Path.GetTempPath(), "sourcingbot-benchmarks", $"state-{StoredConversations}.db");
        var options = Options.Create(new ConversationStoreOptions { SqlitePath = path });
        _database = new SqliteDatabase(options, NullLogger<SqliteDatabase>.Instance);
        await _database.InitializeAsync(CancellationToken.None);
        await SeedAsync(_database, StoredConversations, _state);
        _store = new SqliteConversationStore(_database, options, TimeProvider.System);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _database?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public Task<StoredConversation?> Load() => _store.LoadAsync(NextId(), CancellationToken.None);

    [Benchmark]
    public async Task<SaveResult> LoadAndSave()
    {
        var id = NextId();
        var stored = await _store.LoadAsync(id, CancellationToken.None);
        return await _store.SaveAsync(id, _state, stored!.Version, CancellationToken.None);
    }

    // Conversations visited in a scattered order, as turns of many users arrive.
    private string NextId() => ConversationId((int)(Interlocked.Increment(ref _next) * 7_919 % StoredConversations));

    private static string ConversationId(int index) => $"bench-{index}";

    private static async Task<string> RecordStateAsync()
    {
        var knowledge = new LoadedKnowledge(KnowledgeLoader.LoadEmbedded().Knowledge!);
        var store = new InMemoryConversationStore(new ConversationStoreOptions(), TimeProvider.System);
        var engine = new ConversationEngine(new FixedKnowledge(knowledge), store, TimeProvider.System);
        foreach (var text in Answers)
        {
            await engine.HandleAsync(new IncomingTurn("bench", "record", "bench", text), CancellationToken.None);
        }

        return (await store.LoadAsync("record", CancellationToken.None))!.State;
    }

    private static async Task SeedAsync(SqliteDatabase database, int rows, string state)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using (var count = connection.CreateCommand())
        {
            count.CommandText = "SELECT count(*) FROM conversations;";
            if ((long)(await count.ExecuteScalarAsync())! >= rows)
            {
                return;
            }
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT OR IGNORE INTO conversations (conversation_id, version, state, updated_at) VALUES (@id, 1, @state, @now);";
        var id = insert.Parameters.Add("@id", SqliteType.Text);
        insert.Parameters.AddWithValue("@state", state);
        insert.Parameters.AddWithValue("@now", TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds());
        for (var index = 0; index < rows; index++)
        {
            id.Value = ConversationId(index);
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }
}
