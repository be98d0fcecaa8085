using Npgsql;
using SourcingBot.Conversations.State;

namespace SourcingBot.Storage;

// Idempotency keys in PostgreSQL, shared by every instance. A claim is one conditional upsert: of two instances
// claiming a key at once, the second waits for the first's insert and then finds the key taken. An expired key
// counts as absent and is claimed afresh.
internal sealed class PostgresIdempotencyStore(PostgresDatabase database, TimeProvider timeProvider) : IIdempotencyStore
{
    private const string ClaimSql = """
        INSERT INTO idempotency_keys AS k (key, expires_at, completed, outcome) VALUES (@key, @expires, false, NULL)
        ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at, completed = false, outcome = NULL
            WHERE k.expires_at <= @now;
        """;

    private const string ReadSql = "SELECT completed, outcome FROM idempotency_keys WHERE key = @key AND expires_at > @now;";

    private const string CompleteSql = """
        UPDATE idempotency_keys SET completed = true, outcome = @outcome
        WHERE key = @key AND NOT completed AND expires_at > @now;
        """;

    private const string ReleaseSql = "DELETE FROM idempotency_keys WHERE key = @key AND NOT completed AND expires_at > @now;";

    private const string DeleteExpiredSql = "DELETE FROM idempotency_keys WHERE expires_at <= @now;";

    // A key released or expired between the refused claim and the read is claimed again; past this, it is
    // reported in progress, which can cost a redelivery but never doubles one.
    private const int MaximumAttempts = 3;

    public async Task<IdempotencyClaim> TryBeginAsync(string key, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeToLive, TimeSpan.Zero);
        await using var connection = await database.OpenAsync(cancellationToken);
        for (var attempt = 1; attempt <= MaximumAttempts; attempt++)
        {
            var now = Now();
            await using (var claim = new NpgsqlCommand(ClaimSql, connection))
            {
                claim.Parameters.AddWithValue("key", key);
                claim.Parameters.AddWithValue("expires", now.AddMilliseconds((long)timeToLive.TotalMilliseconds));
                claim.Parameters.AddWithValue("now", now);
                if (await claim.ExecuteNonQueryAsync(cancellationToken) == 1)
                {
                    return IdempotencyClaim.First;
                }
            }

            await using var read = new NpgsqlCommand(ReadSql, connection);
            read.Parameters.AddWithValue("key", key);
            read.Parameters.AddWithValue("now", now);
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                return reader.GetBoolean(0)
                    ? new IdempotencyClaim(IdempotencyStatus.Completed, reader.IsDBNull(1) ? null : reader.GetString(1))
                    : IdempotencyClaim.InProgress;
            }
        }

        return IdempotencyClaim.InProgress;
    }

    public async Task<bool> CompleteAsync(string key, string? outcome, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(CompleteSql, connection);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.Add(new NpgsqlParameter<string?>("outcome", NpgsqlTypes.NpgsqlDbType.Text) { TypedValue = outcome });
        command.Parameters.AddWithValue("now", Now());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> ReleaseAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return await ExecuteAsync(ReleaseSql, key, cancellationToken) == 1;
    }

    public Task<int> DeleteExpiredAsync(CancellationToken cancellationToken) => ExecuteAsync(DeleteExpiredSql, key: null, cancellationToken);

    private async Task<int> ExecuteAsync(string sql, string? key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        if (key is not null)
        {
            command.Parameters.AddWithValue("key", key);
        }

        command.Parameters.AddWithValue("now", Now());
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // Whole milliseconds, as the other providers keep them, so every provider expires at the same instant.
    private DateTimeOffset Now() => DateTimeOffset.FromUnixTimeMilliseconds(timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
}
