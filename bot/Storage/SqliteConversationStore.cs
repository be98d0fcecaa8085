using Microsoft.Extensions.Options;
using SourcingBot.Conversations.State;

namespace SourcingBot.Storage;

// Conversation state in one SQLite file (WAL), safe for concurrent turns in this process and for other
// processes on the same file: every version check happens inside the single SQL statement that writes, never
// as read-then-write. Reads on a pooled connection each, writes through the database's one writer (SqliteDatabase).
internal sealed class SqliteConversationStore : IConversationStore
{
    private const string LoadSql = """
        SELECT version, state, updated_at FROM conversations
        WHERE conversation_id = @id AND updated_at >= @cutoff;
        """;

    // An expired row counts as absent, so creating over it starts afresh.
    private const string CreateSql = """
        INSERT INTO conversations (conversation_id, version, state, updated_at) VALUES (@id, 1, @state, @now)
        ON CONFLICT (conversation_id) DO UPDATE
            SET version = 1, state = excluded.state, updated_at = excluded.updated_at
            WHERE conversations.updated_at < @cutoff;
        """;

    private const string UpdateSql = """
        UPDATE conversations SET version = @expected + 1, state = @state, updated_at = @now
        WHERE conversation_id = @id AND version = @expected AND updated_at >= @cutoff;
        """;

    private const string CurrentVersionSql = """
        SELECT version FROM conversations WHERE conversation_id = @id AND updated_at >= @cutoff;
        """;

    private const string DeleteSql = "DELETE FROM conversations WHERE conversation_id = @id;";

    private const string DeleteIdleSql = "DELETE FROM conversations WHERE updated_at < @cutoff;";

    private readonly SqliteDatabase _database;
    private readonly TimeProvider _timeProvider;
    private readonly long _idleExpiryMilliseconds;

    public SqliteConversationStore(SqliteDatabase database, IOptions<ConversationStoreOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Value.IdleExpiry, TimeSpan.Zero, nameof(options));
        _database = database;
        _timeProvider = timeProvider;
        _idleExpiryMilliseconds = (long)options.Value.IdleExpiry.TotalMilliseconds;
    }

    /// <summary>The database file.</summary>
    public string DatabasePath => _database.DatabasePath;

    public async Task<StoredConversation?> LoadAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var now = Now();
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = LoadSql;
        command.Parameters.AddWithValue("@id", conversationId);
        command.Parameters.AddWithValue("@cutoff", now - _idleExpiryMilliseconds);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new StoredConversation(
            conversationId, reader.GetInt64(0), reader.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)));
    }

    public async Task<SaveResult> SaveAsync(string conversationId, string state, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        var now = Now();
        return await _database.WriteAsync(async connection =>
        {
            var command = connection.Command(expectedVersion == 0 ? CreateSql : UpdateSql);
            command.Parameters.AddWithValue("@id", conversationId);
            command.Parameters.AddWithValue("@state", state);
            command.Parameters.AddWithValue("@expected", expectedVersion);
            command.Parameters.AddWithValue("@now", now);
            command.Parameters.AddWithValue("@cutoff", now - _idleExpiryMilliseconds);
            if (await command.ExecuteNonQueryAsync() == 1)
            {
                return new SaveResult(SaveOutcome.Saved, expectedVersion + 1);
            }

            // Only to tell the caller where the conversation stands; the decision above was atomic.
            var current = connection.Command(CurrentVersionSql);
            current.Parameters.AddWithValue("@id", conversationId);
            current.Parameters.AddWithValue("@cutoff", now - _idleExpiryMilliseconds);
            var version = await current.ExecuteScalarAsync() is long found ? found : 0;
            return new SaveResult(SaveOutcome.Conflict, version);
        }, cancellationToken);
    }

    public async Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return await _database.ExecuteAsync(DeleteSql, cancellationToken, ("@id", conversationId)) > 0;
    }

    public Task<int> DeleteIdleAsync(CancellationToken cancellationToken) =>
        _database.ExecuteAsync(DeleteIdleSql, cancellationToken, ("@cutoff", Now() - _idleExpiryMilliseconds));

    private long Now() => _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
}
