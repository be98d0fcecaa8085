using Npgsql;

namespace SourcingBot.Tests.Storage;

/// <summary>
/// A database of its own on the PostgreSQL server named by <c>SOURCINGBOT_TEST_POSTGRES</c>, created with a random
/// name and dropped (connections and all) on dispose. Without that variable the tests that need one fail, saying how
/// to start a server: they never skip silently.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    public const string Variable = "SOURCINGBOT_TEST_POSTGRES";

    private readonly string _serverConnectionString;

    private PostgresTestDatabase(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>The connection string of this database (the server's, with the database replaced).</summary>
    public string ConnectionString { get; }

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var server = ServerConnectionString();
        var database = new PostgresTestDatabase(server, $"sourcingbot_test_{Guid.NewGuid():N}");
        await database.ExecuteOnServerAsync($"CREATE DATABASE \"{database.Name}\" ENCODING 'UTF8' TEMPLATE template0;");
        return database;
    }

    /// <summary>The server's connection string, or an exception that says how to start a server.</summary>
    public static string ServerConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"The PostgreSQL tests need a server: set {Variable} to a connection string of a user allowed to create databases, " +
                $"e.g. {Variable}=\"Host=127.0.0.1;Port=5432;Username=postgres;Password=…\". " +
                "`bash .ci/run` starts a throwaway PostgreSQL 15 cluster and sets it; to start one by hand for `dotnet test`: " +
                $"`source .ci/postgres.sh && postgres_start` (exports {Variable}), and `postgres_stop` afterwards.");
        }

        return value;
    }

    /// <summary>Runs SQL on this database; returns the first column of the first row.</summary>
    public async Task<object?> QueryAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(WithoutPooling(ConnectionString));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE);");
    }

    private static string WithoutPooling(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(WithoutPooling(_serverConnectionString));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
