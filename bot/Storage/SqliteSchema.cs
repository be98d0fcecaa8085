using Microsoft.Data.Sqlite;

namespace SourcingBot.Storage;

// The conversation database's schema and its migrations. A database records the number of migrations
// applied in schema_version; opening it applies the missing ones in one IMMEDIATE transaction, so two
// processes opening the same new file neither race nor apply a migration twice.
internal static class SqliteSchema
{
    // Per connection, so run on every open (a pooled connection may be new). busy_timeout lets a writer wait
    // for another instead of failing at once; synchronous=NORMAL is durable across process crashes in WAL mode
    // (only an OS crash or power loss can lose the last commits) and much cheaper than FULL.
    public const string ConnectionPragmas = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;";

    // Migration i takes the schema from version i to version i + 1. Append new ones; never edit a released one.
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE conversations (
            conversation_id TEXT NOT NULL PRIMARY KEY,
            version INTEGER NOT NULL,
            state TEXT NOT NULL,
            updated_at INTEGER NOT NULL
        );
        CREATE INDEX ix_conversations_updated_at ON conversations (updated_at);
        """,
        """
        CREATE TABLE idempotency_keys (
            key TEXT NOT NULL PRIMARY KEY,
            expires_at INTEGER NOT NULL,
            completed INTEGER NOT NULL DEFAULT 0,
            outcome TEXT NULL
        );
        CREATE INDEX ix_idempotency_keys_expires_at ON idempotency_keys (expires_at);
        """,
        """
        CREATE TABLE recorded_questions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            asked_at INTEGER NOT NULL,
            channel TEXT NOT NULL,
            text TEXT NOT NULL,
            topic TEXT NULL,
            confidence REAL NOT NULL,
            outcome TEXT NOT NULL,
            user_id TEXT NULL
        );
        CREATE INDEX ix_recorded_questions_asked_at ON recorded_questions (asked_at);
        CREATE INDEX ix_recorded_questions_user_id ON recorded_questions (user_id);
        CREATE TABLE usage_events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at INTEGER NOT NULL,
            kind TEXT NOT NULL,
            value TEXT NULL,
            channel TEXT NOT NULL
        );
        CREATE INDEX ix_usage_events_at ON usage_events (at);
        CREATE TABLE leads (
            id TEXT NOT NULL PRIMARY KEY,
            created_at INTEGER NOT NULL,
            channel TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            name TEXT NOT NULL,
            email TEXT NOT NULL,
            company TEXT NOT NULL,
            contact_time TEXT NOT NULL,
            strategy TEXT NULL,
            delivered_at INTEGER NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at INTEGER NOT NULL
        );
        CREATE INDEX ix_leads_next_attempt_at ON leads (next_attempt_at) WHERE delivered_at IS NULL;
        CREATE INDEX ix_leads_user_id ON leads (user_id);
        CREATE INDEX ix_leads_conversation_id ON leads (conversation_id);
        """,
    ];

    /// <summary>The schema version this build creates and understands.</summary>
    public static int LatestVersion => Migrations.Length;

    /// <summary>Switches the file to WAL and brings the schema up to date; idempotent.</summary>
    /// <returns>The journal mode in force and the schema version found before migrating.</returns>
    public static async Task<(string JournalMode, long PreviousVersion)> InitializeAsync(
        SqliteConnection connection, CancellationToken cancellationToken)
    {
        // journal_mode belongs to the file and persists; it cannot change inside a transaction.
        string journalMode;
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA journal_mode = WAL;";
            journalMode = await command.ExecuteScalarAsync(cancellationToken) as string ?? "";
        }

        await using var transaction = connection.BeginTransaction(deferred: false);
        var version = await ReadVersionAsync(connection, cancellationToken);
        if (version > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The conversation database '{connection.DataSource}' has schema version {version}, but this build " +
                $"knows versions up to {LatestVersion}. Run a newer build or point Storage:SqlitePath at another file.");
        }

        for (var next = version; next < LatestVersion; next++)
        {
            await using var migrate = connection.CreateCommand();
            migrate.CommandText = Migrations[next];
            await migrate.ExecuteNonQueryAsync(cancellationToken);
        }

        if (version < LatestVersion)
        {
            await using var record = connection.CreateCommand();
            record.CommandText = """
                INSERT INTO schema_version (id, version) VALUES (1, @version)
                ON CONFLICT (id) DO UPDATE SET version = excluded.version;
                """;
            record.Parameters.AddWithValue("@version", LatestVersion);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return (journalMode, version);
    }

    private static async Task<long> ReadVersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS schema_version (
                id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
                version INTEGER NOT NULL
            );
            SELECT version FROM schema_version WHERE id = 1;
            """;
        return await command.ExecuteScalarAsync(cancellationToken) is long version ? version : 0;
    }
}
