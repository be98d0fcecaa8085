using Microsoft.Extensions.Options;
using Npgsql;

namespace SourcingBot.Storage;

// The PostgreSQL database that the PostgreSQL conversation and idempotency stores share: one pooled
// NpgsqlDataSource for the process, and the schema migrated once, at start-up (StorageInitializer) or on first
// use. Creating it opens no connection. Only the host, port and database are ever logged, never the connection
// string, which may hold a password.
internal sealed partial class PostgresDatabase : IAsyncDisposable, IDisposable
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
    }
}
