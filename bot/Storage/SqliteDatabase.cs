using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SourcingBot.Conversations.State;

namespace SourcingBot.Storage;

// The SQLite file that the SQLite conversation, idempotency and insight stores share: reads on pooled connections
// (one per operation), writes through the one writer (SqliteWriteQueue) on a connection with the writer's pragmas. The file, its folder and the schema are created on first
// use (or by StorageInitializer at start-up), not in the constructor, so resolving the service touches no disk.
internal sealed partial class SqliteDatabase : IDatabaseWrites, IAsyncDisposable, IDisposable
{
    private readonly string _connectionString;
    private readonly ILogger<SqliteDatabase> _logger;
    private readonly SemaphoreSlim _initializeLock = new(1, 1);
    private readonly SqliteWriteQueue _writes;
    private volatile bool _initialized;

    public SqliteDatabase(IOptions<ConversationStoreOptions> options, ILogger<SqliteDatabase> logger)
    {
        var value = options.Value;
        ArgumentException.ThrowIfNullOrWhiteSpace(value.SqlitePath, nameof(options));
        DatabasePath = Path.GetFullPath(value.SqlitePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
        _logger = logger;
        _writes = new SqliteWriteQueue(OpenForWritesAsync, logger);
    }

    /// <summary>The database file, resolved against the current directory when the database was created.</summary>
    public string DatabasePath { get; }

    /// <summary>
    /// A pooled connection for reads. It needs none of the writer's pragmas: in WAL mode a reader does not wait for
    /// the writer, and in the rare case it finds the file busy Microsoft.Data.Sqlite retries for the command timeout.
    /// </summary>
    public Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => OpenAsync(pragmas: null, cancellationToken);

    // The writer's connection: waits for another process's write lock (busy timeout), commits without fsync per transaction.
    private Task<SqliteConnection> OpenForWritesAsync(CancellationToken cancellationToken) =>
        OpenAsync(SqliteSchema.ConnectionPragmas, cancellationToken);

    private async Task<SqliteConnection> OpenAsync(string? pragmas, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!_initialized)
        {
            await InitializeAsync(cancellationToken);
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (pragmas is not null)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = pragmas;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs <paramref name="write"/> in the writer's next batch (see <see cref="SqliteWriteQueue"/>); its result once committed.</summary>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, Task<T>> write, CancellationToken cancellationToken) =>
        _writes.WriteAsync(write, cancellationToken);

    /// <summary>Runs one statement in the writer's next batch; the number of rows it changed.</summary>
    public Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters) =>
        _writes.WriteAsync(async connection =>
        {
            var command = connection.Command(sql);
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }

            return await command.ExecuteNonQueryAsync();
        }, cancellationToken);

    Task<T> IDatabaseWrites.WriteAsync<T>(Func<DbConnection, DbTransaction?, CancellationToken, Task<T>> write, CancellationToken cancellationToken) =>
        _writes.WriteAsync(connection => write(connection, null, CancellationToken.None), cancellationToken);

    /// <summary>Creates the file and brings its schema up to date, once per process; idempotent.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _initializeLock.WaitAsync(cancellationToken);
        try
        {
            if (_initialized)
            {
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            await using (var pragmas = connection.CreateCommand())
            {
                pragmas.CommandText = SqliteSchema.ConnectionPragmas;
                await pragmas.ExecuteNonQueryAsync(cancellationToken);
            }

            var (journalMode, previousVersion) = await SqliteSchema.InitializeAsync(connection, cancellationToken);
            if (!string.Equals(journalMode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                Log.NotWal(_logger, DatabasePath, journalMode);
            }

            Log.Opened(_logger, DatabasePath, previousVersion, SqliteSchema.LatestVersion);
            _initialized = true;
        }
        finally
        {
            _initializeLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _writes.DisposeAsync();
        Dispose();
    }

    public void Dispose()
    {
        // Finishes the queued writes, then closes the pooled connections, releasing the file (and its -wal/-shm companions).
        _writes.DisposeAsync().AsTask().GetAwaiter().GetResult();
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        _initializeLock.Dispose();
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Conversation store opened at {Path} (schema version {PreviousVersion}, now {Version})")]
        public static partial void Opened(ILogger logger, string path, long previousVersion, int version);

        [LoggerMessage(2, LogLevel.Warning, "Conversation store at {Path} runs in journal mode {JournalMode}, not WAL; concurrent turns will wait more")]
        public static partial void NotWal(ILogger logger, string path, string journalMode);
    }
}
