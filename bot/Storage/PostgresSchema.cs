using Npgsql;

namespace SourcingBot.Storage;

// The PostgreSQL schema and its migrations. The database records the number of migrations applied in
// schema_version; start-up applies the missing ones in one transaction that first takes a transaction-level
// advisory lock, so instances starting together wait for each other instead of racing, and each migration runs
// exactly once. DDL is transactional in PostgreSQL: a failed migration leaves nothing half-applied.
internal static class PostgresSchema
{
    // An arbitrary key that no other application on the database is expected to lock ("SrcgBot\0" in ASCII).
    public const long MigrationLockKey = 0x5372_6367_426F_7400;

    // Migration i takes the schema from version i to version i + 1. Append new ones; never edit a released one.
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE conversations (
            conversation_id text NOT NULL PRIMARY KEY,
            version bigint NOT NULL,
            state text NOT NULL,
            updated_at timestamptz NOT NULL
        );
        CREATE INDEX ix_conversations_updated_at ON conversations (updated_at);
        """,
        """
        CREATE TABLE idempotency_keys (
            key text NOT NULL PRIMARY KEY,
            expires_at timestamptz NOT NULL,
            completed boolean NOT NULL DEFAULT false,
            outcome text NULL
        );
        CREATE INDEX ix_idempotency_keys_expires_at ON idempotency_keys (expires_at);
        """,
        """
        CREATE TABLE recorded_questions (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            asked_at timestamptz NOT NULL,
            channel text NOT NULL,
            text text NOT NULL,
            topic text NULL,
            confidence double precision NOT NULL,
            outcome text NOT NULL,
            user_id text NULL
        );
        CREATE INDEX ix_recorded_questions_asked_at ON recorded_questions (asked_at);
        CREATE INDEX ix_recorded_questions_user_id ON recorded_questions (user_id);
        CREATE TABLE usage_events (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            at timestamptz NOT NULL,
            kind text NOT NULL,
            value text NULL,
            channel text NOT NULL
        );
        CREATE INDEX ix_usage_events_at ON usage_events (at);
        CREATE TABLE leads (
            id text NOT NULL PRIMARY KEY,
            created_at timestamptz NOT NULL,
            channel text NOT NULL,
            conversation_id text NOT NULL,
            user_id text NOT NULL,
            name text NOT NULL,
            email text NOT NULL,
            company text NOT NULL,
            contact_time text NOT NULL,
            strategy text NULL,
            delivered_at timestamptz NULL,
            attempts integer NOT NULL DEFAULT 0,
            next_attempt_at timestamptz NOT NULL
        );
        CREATE INDEX ix_leads_next_attempt_at ON leads (next_attempt_at) WHERE delivered_at IS NULL;
        CREATE INDEX ix_leads_user_id ON leads (user_id);
        CREATE INDEX ix_leads_conversation_id ON leads (conversation_id);
        """,
    ];

    /// <summary>The schema version this build creates and understands.</summary>
    public static int LatestVersion => Migrations.Length;

    /// <summary>Brings the schema up to date; idempotent and safe to run from several processes at once.</summary>
    /// <returns>The schema version found before migrating.</returns>
    public static async Task<int> MigrateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key);", connection, transaction))
        {
            command.Parameters.AddWithValue("key", MigrationLockKey);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        int version;
        await using (var command = new NpgsqlCommand(
            """
            CREATE TABLE IF NOT EXISTS schema_version (
                id integer NOT NULL PRIMARY KEY CHECK (id = 1),
                version integer NOT NULL
            );
            SELECT version FROM schema_version WHERE id = 1;
            """, connection, transaction))
        {
            version = await command.ExecuteScalarAsync(cancellationToken) is int found ? found : 0;
        }

        if (version > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The conversation database '{connection.Database}' on {connection.Host} has schema version {version}, but this " +
                $"build knows versions up to {LatestVersion}. Run a newer build or point ConnectionStrings:Postgres at another database.");
        }

        for (var next = version; next < LatestVersion; next++)
        {
            await using var migrate = new NpgsqlCommand(Migrations[next], connection, transaction);
            await migrate.ExecuteNonQueryAsync(cancellationToken);
        }

        if (version < LatestVersion)
        {
            await using var record = new NpgsqlCommand(
                """
                INSERT INTO schema_version (id, version) VALUES (1, @version)
                ON CONFLICT (id) DO UPDATE SET version = excluded.version;
                """, connection, transaction);
            record.Parameters.AddWithValue("version", LatestVersion);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return version;
    }
}
