using Microsoft.Extensions.Options;
using Npgsql;
using SourcingBot.Conversations.State;

namespace SourcingBot.Storage;

// Conversation state in PostgreSQL, shared by every instance. Each version check happens inside the single
// statement that writes: under READ COMMITTED a concurrent UPDATE (or upsert) waits for the other transaction
// and re-checks its WHERE clause on the row it committed, so of two saves based on one version exactly one wins.
internal sealed class PostgresConversationStore : IConversationStore
{
    private const string LoadSql = """
        SELECT version, state, updated_at FROM conversations
        WHERE conversation_id = @id AND updated_at >= @cutoff;
        """;

    // An expired row counts as absent, so creating over it starts afresh.
    private const string CreateSql = """
        INSERT INTO conversations AS c (conversation_id, version, state, updated_at) VALUES (@id, 1, @state, @now)
        ON CONFLICT (conversation_id) DO UPDATE
            SET version = 1, state = excluded.state, updated_at = excluded.updated_at
            WHERE c.updated_at < @cutoff;
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

    private readonly PostgresDatabase _database;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _idleExpiry;

    public PostgresConversationStore(PostgresDatabase database, IOptions<ConversationStoreOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Value.IdleExpiry, TimeSpan.Zero, nameof(options));
        _database = database;
        _timeProvider = timeProvider;
        _idleExpiry = options.Value.IdleExpiry;
    }

    public async Task<StoredConversation?> LoadAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var now = Now();
        return await _database.ReadAsync<StoredConversation?>(async connection =>
        {
            await using var command = new NpgsqlCommand(LoadSql, connection);
            command.Parameters.AddWithValue("id", conversationId);
            command.Parameters.AddWithValue("cutoff", now - _idleExpiry);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            return new StoredConversation(
                conversationId, reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2));
        }, cancellationToken);
    }

    public async Task<SaveResult> SaveAsync(string conversationId, string state, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        var now = Now();
        await using var connection = await _database.OpenAsync(cancellationToken);
        int changed;
        await using (var command = new NpgsqlCommand(expectedVersion == 0 ? CreateSql : UpdateSql, connection))
        {
            command.Parameters.AddWithValue("id", conversationId);
            command.Parameters.AddWithValue("state", state);
            command.Parameters.AddWithValue("now", now);
            command.Parameters.AddWithValue("cutoff", now - _idleExpiry);
            if (expectedVersion > 0)
            {
                command.Parameters.AddWithValue("expected", expectedVersion);
            }

            changed = await command.ExecuteNonQueryAsync(cancellationToken);
        }

        if (changed == 1)
        {
            return new SaveResult(SaveOutcome.Saved, expectedVersion + 1);
        }

        // Only to tell the caller where the conversation stands; the decision above was atomic.
        await using var current = new NpgsqlCommand(CurrentVersionSql, connection);
        current.Parameters.AddWithValue("id", conversationId);
        current.Parameters.AddWithValue("cutoff", now - _idleExpiry);
        var version = await current.ExecuteScalarAsync(cancellationToken) is long found ? found : 0;
        return new SaveResult(SaveOutcome.Conflict, version);
    }

    public async Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(DeleteSql, connection);
        command.Parameters.AddWithValue("id", conversationId);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<int> DeleteIdleAsync(CancellationToken cancellationToken)
    {
        var now = Now();
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(DeleteIdleSql, connection);
        command.Parameters.AddWithValue("cutoff", now - _idleExpiry);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // Whole milliseconds, as the other providers keep them, so a loaded UpdatedAt equals the instant saved and
    // every provider expires at the same instant (timestamptz itself keeps microseconds).
    private DateTimeOffset Now() =>
        DateTimeOffset.FromUnixTimeMilliseconds(_timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
}
