using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace SourcingBot.Storage;

/// <summary>
/// Every write to the SQLite file, from every concurrent turn of this process, goes through one connection
/// in batches: the writes waiting when a batch starts share one transaction and one commit (group commit).
/// SQLite allows one writer at a time anyway; before, concurrent writers of this process queued on the file
/// lock, sleeping in SQLite's busy handler and holding thread-pool threads while they slept. Now they wait
/// asynchronously, and a commit (the WAL append) is paid once per batch rather than once per write.
/// </summary>
/// <remarks>
/// A write's task completes only after the batch holding it committed, so a completed write is as durable as
/// before. If one write of a batch throws, the batch is rolled back and its writes run again one transaction
/// each, so a bad write fails alone. A write whose token is cancelled before its batch starts is skipped; once
/// started it runs to the end (half a batch cannot be cancelled). Other processes on the same file still take
/// the file lock (BEGIN IMMEDIATE waits up to the connection's busy timeout).
/// </remarks>
internal sealed partial class SqliteWriteQueue : IAsyncDisposable
{
    /// <summary>The most writes one transaction holds; the rest wait for the next batch.</summary>
    public const int MaximumBatch = 256;

    private readonly Func<CancellationToken, Task<SqliteConnection>> _open;
    private readonly ILogger _logger;
    private readonly Channel<QueuedWrite> _queue = Channel.CreateUnbounded<QueuedWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lazy<Task> _loop;
    private SqliteConnection? _connection;

    public SqliteWriteQueue(Func<CancellationToken, Task<SqliteConnection>> open, ILogger logger)
    {
        _open = open;
        _logger = logger;
        _loop = new Lazy<Task>(() => Task.Run(RunAsync), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Runs <paramref name="write"/> in the next batch and returns its result once the batch committed.</summary>
    /// <param name="write">
    /// SQL on the writer's connection, inside its transaction: no transaction of its own, no side effects outside the
    /// database (it may run twice if another write of its batch fails). Its commands come best from
    /// <see cref="SqliteWriterCommands.Command"/>, which compiles each statement once.
    /// </param>
    /// <param name="cancellationToken">Skips the write if cancelled before its batch starts.</param>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        cancellationToken.ThrowIfCancellationRequested();
        var queued = new QueuedWrite<T>(write, cancellationToken);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(queued), this);

        _ = _loop.Value;
        return queued.Task;
    }

    /// <summary>Finishes the writes already queued, then closes the writer's connection.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (_loop.IsValueCreated)
        {
            await _loop.Value;
        }
    }

    private async Task RunAsync()
    {
        var batch = new List<QueuedWrite>(MaximumBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaximumBatch && _queue.Reader.TryRead(out var write))
            {
                if (write.Token.IsCancellationRequested)
                {
                    write.Cancel();
                }
                else
                {
                    batch.Add(write);
                }
            }

            if (batch.Count > 0)
            {
                await CommitAsync(batch);
                batch.Clear();
            }
        }

        await CloseAsync();
    }

    private async Task CommitAsync(List<QueuedWrite> batch)
    {
        SqliteConnection connection;
        try
        {
            connection = await ConnectionAsync();
        }
        catch (Exception exception)
        {
            batch.ForEach(write => write.Fail(exception));
            return;
        }

        if (batch.Count == 1)
        {
            await CommitAloneAsync(connection, batch[0]);
            return;
        }

        try
        {
            await ExecuteAsync(connection, "BEGIN IMMEDIATE;");
            foreach (var write in batch)
            {
                await write.RunAsync(connection);
            }

            await ExecuteAsync(connection, "COMMIT;");
        }
        catch (Exception exception)
        {
            await RollBackAsync(connection);
            Log.BatchFailed(_logger, batch.Count, exception.GetType().Name);
            foreach (var write in batch)
            {
                await CommitAloneAsync(connection, write);
            }

            return;
        }

        batch.ForEach(write => write.Complete());
    }

    private async Task CommitAloneAsync(SqliteConnection connection, QueuedWrite write)
    {
        try
        {
            await ExecuteAsync(connection, "BEGIN IMMEDIATE;");
            await write.RunAsync(connection);
            await ExecuteAsync(connection, "COMMIT;");
            write.Complete();
        }
        catch (Exception exception)
        {
            await RollBackAsync(connection);
            write.Fail(exception);
        }
    }

    private async Task RollBackAsync(SqliteConnection connection)
    {
        try
        {
            // SQLite may already have rolled back (a full disk, an I/O error); then there is nothing to roll back.
            if (connection.State == System.Data.ConnectionState.Open)
            {
                await ExecuteAsync(connection, "ROLLBACK;");
            }
        }
        catch (Exception exception) when (exception is SqliteException or InvalidOperationException or ObjectDisposedException)
        {
            // No transaction was open, or the connection is broken: start the next batch on a new one.
            await CloseAsync();
        }
    }

    private async Task<SqliteConnection> ConnectionAsync()
    {
        if (_connection is { State: System.Data.ConnectionState.Open } open)
        {
            return open;
        }

        await CloseAsync();
        _connection = await _open(CancellationToken.None);
        return _connection;
    }

    private async Task CloseAsync()
    {
        if (_connection is not null)
        {
            SqliteWriterCommands.Forget(_connection);
            await _connection.DisposeAsync();
            _connection = null;
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql) => await connection.Command(sql).ExecuteNonQueryAsync();

    private abstract class QueuedWrite(CancellationToken token)
    {
        public CancellationToken Token { get; } = token;

        public abstract Task RunAsync(SqliteConnection connection);

        public abstract void Complete();

        public abstract void Fail(Exception exception);

        public abstract void Cancel();
    }

    private sealed class QueuedWrite<T>(Func<SqliteConnection, Task<T>> write, CancellationToken token) : QueuedWrite(token)
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;

        public Task<T> Task => _completion.Task;

        public override async Task RunAsync(SqliteConnection connection) => _result = await write(connection);

        public override void Complete() => _completion.TrySetResult(_result!);

        public override void Fail(Exception exception) => _completion.TrySetException(exception);

        public override void Cancel() => _completion.TrySetCanceled(Token);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "A batch of {Count} SQLite writes failed ({ExceptionType}) and was rolled back; its writes are retried one by one")]
        public static partial void BatchFailed(ILogger logger, int count, string exceptionType);
    }
}
