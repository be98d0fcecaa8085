using System.Data.Common;

namespace SourcingBot.Storage;

/// <summary>
/// Runs a unit of writes atomically, the way its database does it best: PostgreSQL in a transaction of its own,
/// SQLite in the next batch of its one writer (<see cref="SqliteWriteQueue"/>).
/// </summary>
internal interface IDatabaseWrites
{
    /// <summary>Runs <paramref name="write"/> atomically and returns its result once committed.</summary>
    /// <param name="write">The statements, given the connection and the transaction their commands must name (null where there is none to name).</param>
    /// <param name="cancellationToken">Cancels the unit before it commits.</param>
    Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction?, CancellationToken, Task<T>> write, CancellationToken cancellationToken);
}
