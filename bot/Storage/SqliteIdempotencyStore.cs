using SourcingBot.Conversations.State;

namespace SourcingBot.Storage;

// Idempotency keys in the SQLite file of the conversations, written through the database's one writer. A claim
// is one conditional upsert, so two processes on the same file cannot both claim a key; an expired key counts
// as absent and is claimed afresh.
internal sealed class SqliteIdempotencyStore(SqliteDatabase database, TimeProvider timeProvider) : IIdempotencyStore
{
    private const string ClaimSql = """
        INSERT INTO idempotency_keys (key, expires_at, completed, outcome) VALUES (@key, @expires, 0, NULL)
        ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at, completed = 0, outcome = NULL
            WHERE idempotency_keys.expires_at <= @now;
        """;

    private const string ReadSql = "SELECT completed, outcome FROM idempotency_keys WHERE key = @key AND expires_at > @now;";

    private const string CompleteSql = """
        UPDATE idempotency_keys SET completed = 1, outcome = @outcome
        WHERE key = @key AND completed = 0 AND expires_at > @now;
        """;

    private const string ReleaseSql = "DELETE FROM idempotency_keys WHERE key = @key AND completed = 0 AND expires_at > @now;";

    private const string DeleteExpiredSql = "DELETE FROM idempotency_keys WHERE expires_at <= @now;";

    public Task<IdempotencyClaim> TryBeginAsync(string key, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeToLive, TimeSpan.Zero);

        // The claim and the read share the writer's transaction, so nothing can release the key in between.
        return database.WriteAsync(async connection =>
        {
            var now = Now();
            var claim = connection.Command(ClaimSql);
            claim.Parameters.AddWithValue("@key", key);
            claim.Parameters.AddWithValue("@expires", now + (long)timeToLive.TotalMilliseconds);
            claim.Parameters.AddWithValue("@now", now);
            if (await claim.ExecuteNonQueryAsync() == 1)
            {
                return IdempotencyClaim.First;
            }

            var read = connection.Command(ReadSql);
            read.Parameters.AddWithValue("@key", key);
            read.Parameters.AddWithValue("@now", now);
            await using var reader = await read.ExecuteReaderAsync();
            if (await reader.ReadAsync() && reader.GetInt64(0) != 0)
            {
                return new IdempotencyClaim(IdempotencyStatus.Completed, reader.IsDBNull(1) ? null : reader.GetString(1));
            }

            return IdempotencyClaim.InProgress;
        }, cancellationToken);
    }

    public async Task<bool> CompleteAsync(string key, string? outcome, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return await database.ExecuteAsync(CompleteSql, cancellationToken, ("@key", key), ("@outcome", (object?)outcome ?? DBNull.Value), ("@now", Now())) == 1;
    }

    public async Task<bool> ReleaseAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return await database.ExecuteAsync(ReleaseSql, cancellationToken, ("@key", key), ("@now", Now())) == 1;
    }

    public Task<int> DeleteExpiredAsync(CancellationToken cancellationToken) =>
        database.ExecuteAsync(DeleteExpiredSql, cancellationToken, ("@now", Now()));

    private long Now() => timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
}
