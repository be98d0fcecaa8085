using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SourcingBot.Conversations.State;
using SourcingBot.Storage;

namespace SourcingBot.Tests.Storage;

public sealed class SqliteIdempotencyStoreTests : IdempotencyStoreContractTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sourcingbot-tests", Guid.NewGuid().ToString("N"));
    private readonly List<SqliteDatabase> _databases = [];

    protected override IIdempotencyStore CreateStore(TimeProvider timeProvider) => new SqliteIdempotencyStore(OpenDatabase(), timeProvider);

    [Fact]
    public async Task TryBeginAsync_TwoProcessesOnOneFile_ExactlyOneIsFirst()
    {
        var first = new SqliteIdempotencyStore(OpenDatabase(), Time);
        var second = new SqliteIdempotencyStore(OpenDatabase(), Time);

        for (var round = 0; round < 20; round++)
        {
            var key = $"discord:interaction-{round}";
            var claims = await Task.WhenAll(
                Task.Run(() => first.TryBeginAsync(key, Window, Token)),
                Task.Run(() => second.TryBeginAsync(key, Window, Token)));

            claims.Count(claim => claim.IsFirst).Should().Be(1, $"round {round}");
        }
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

    private SqliteDatabase OpenDatabase()
    {
        var options = Options.Create(new ConversationStoreOptions { SqlitePath = Path.Combine(_folder, "keys.db") });
        var database = new SqliteDatabase(options, NullLogger<SqliteDatabase>.Instance);
        _databases.Add(database);
        return database;
    }
}
