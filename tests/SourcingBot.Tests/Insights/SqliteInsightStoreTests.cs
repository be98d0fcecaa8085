using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SourcingBot.Conversations.State;
using SourcingBot.Storage;

namespace SourcingBot.Tests.Insights;

public sealed class SqliteInsightStoreTests : InsightStoreContractTests, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sourcingbot-tests", Guid.NewGuid().ToString("N"));
    private SqliteDatabase? _database;

    internal override IInsightStore CreateStore()
    {
        _database = new SqliteDatabase(
            Options.Create(new ConversationStoreOptions { SqlitePath = Path.Combine(_folder, "insights.db") }), NullLogger<SqliteDatabase>.Instance);
        return SqlInsightStore.ForSqlite(_database);
    }

    public void Dispose()
    {
        _database?.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
