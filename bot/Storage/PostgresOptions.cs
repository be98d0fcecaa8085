namespace SourcingBot.Storage;

/// <summary>The PostgreSQL server of <c>Storage:Provider = Postgres</c>, from <c>ConnectionStrings:Postgres</c>.</summary>
internal sealed class PostgresOptions
{
    /// <summary>The name under <c>ConnectionStrings</c>.</summary>
    public const string ConnectionStringName = "Postgres";

    /// <summary>An Npgsql connection string; it may hold a password, so it is never logged.</summary>
    public string? ConnectionString { get; set; }
}
