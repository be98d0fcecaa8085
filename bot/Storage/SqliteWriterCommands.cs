using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace SourcingBot.Storage;

/// <summary>
/// The writer's statements, compiled once per connection: SQLite compiles a command's SQL the first time it runs,
/// so a new command for every write compiled the same few statements thousands of times a second. Only for the
/// writer's connection (<see cref="SqliteWriteQueue"/>), which runs one write at a time: a command is lent to one
/// write, which must not dispose it, and its parameters are cleared when it is lent again.
/// </summary>
internal static class SqliteWriterCommands
{
    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, SqliteCommand>> Commands = new();

    /// <summary>The connection's command for <paramref name="sql"/>, with no parameters.</summary>
    public static SqliteCommand Command(this SqliteConnection connection, string sql)
    {
        var commands = Commands.GetOrCreateValue(connection);
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            commands[sql] = command;
        }

        command.Parameters.Clear();
        return command;
    }

    /// <summary>Disposes the connection's commands, before the connection is closed.</summary>
    public static void Forget(SqliteConnection connection)
    {
        if (Commands.TryGetValue(connection, out var commands))
        {
            foreach (var command in commands.Values)
            {
                command.Dispose();
            }

            Commands.Remove(connection);
        }
    }
}
