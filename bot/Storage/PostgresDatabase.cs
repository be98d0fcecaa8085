using System.Data.Common;
using Microsoft.Extensions.Options;
using Npgsql;

namespace SourcingBot.Storage;

// The PostgreSQL database that the PostgreSQL conversation and idempotency stores share: one pooled
// NpgsqlDataSource for the process, and the schema migrated once, at start-up (StorageInitializer) or on first
// use. Creating it opens no connection. Only the host, port and database are ever logged, never the connection
// string, which may hold a password.
internal sealed partial class PostgresDatabase : IDatabaseWrites, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly ILogger<PostgresDatabase> _logger;
    private readonly SemaphoreSlim _initializeLock = new(1, 1);
    private volatile bool _initialized;

    public PostgresDatabase(IOptions<PostgresOptions> options, ILogger<PostgresDatabase> logger)
    {
        var connectionString = options.Value.ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"Storage:Provider is Postgres but ConnectionStrings:{PostgresOptions.ConnectionStringName} is not set.");
        }

        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.ConnectionStringBuilder.ApplicationName))
        {
            builder.ConnectionStringBuilder.ApplicationName = "sourcingbot";
        }

        Server = $"{builder.ConnectionStringBuilder.Host}:{builder.ConnectionStringBuilder.Port}/{builder.ConnectionStringBuilder.Database}";
        _dataSource = builder.Build();
        _logger = logger;
    }

    /// <summary>Host, port and database, for messages: never the password.</summary>
    public string Server { get; }

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!_initialized)
        {
            await InitializeAsync(cancellationToken);
        }

        return await _dataSource.OpenConnectionAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction?, CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await write(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// Runs a read-only query; when its connection turns out broken (after a server restart every pooled connection
    /// is), empties the pool and runs it once more on a new connection. Only reads are repeated: a write whose
    /// answer was lost may have been applied.
    /// </summary>
    public async Task<T> ReadAsync<T>(Func<NpgsqlConnection, Task<T>> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            return await query(connection);
        }
        catch (NpgsqlException exception) when (exception.IsTransient && !cancellationToken.IsCancellationRequested)
        {
            Log.Reconnecting(_logger, Server, exception.GetType().Name);
            _dataSource.Clear();
            await using var connection = await OpenAsync(cancellationToken);
            return await query(connection);
        }
    }

    /// <summary>Brings the schema up to date, once per process; safe when several instances start at once.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _initializeLock.WaitAsync(cancellationToken);
        try
        {
            if (_initialized)
            {
                return;
            }

            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            var previousVersion = await PostgresSchema.MigrateAsync(connection, cancellationToken);
            Log.Opened(_logger, Server, previousVersion, PostgresSchema.LatestVersion);
            _initialized = true;
        }
        finally
        {
            _initializeLock.Release();
        }
    }

    /// <summary>
    /// Whether the server answers a trivial query now. A failure also empties the connection pool, so that after the
    /// server restarts no turn is handed a connection the restart has broken.
    /// </summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1;", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            Log.Unreachable(_logger, Server, exception.GetType().Name);
            _dataSource.Clear();
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        _initializeLock.Dispose();
    }

    public void Dispose()
    {
        _dataSource.Dispose();
        _initializeLock.Dispose();
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Conversation store on PostgreSQL {Server} (schema version {PreviousVersion}, now {Version})")]
        public static partial void Opened(ILogger logger, string server, int previousVersion, int version);

        [LoggerMessage(2, LogLevel.Warning, "PostgreSQL {Server} does not answer ({Failure}); /readyz reports not ready")]
        public static partial void Unreachable(ILogger logger, string server, string failure);

        [LoggerMessage(3, LogLevel.Information, "A pooled connection to PostgreSQL {Server} was broken ({Failure}); reconnecting")]
        public static partial void Reconnecting(ILogger logger, string server, string failure);
    }
}
