using System.ComponentModel.DataAnnotations;

namespace SourcingBot.Conversations.State;

/// <summary>Where and for how long conversation state is kept (section "Storage").</summary>
public sealed class ConversationStoreOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string Section = "Storage";

    /// <summary>The provider name of the SQLite store (the default).</summary>
    public const string SqliteProvider = "Sqlite";

    /// <summary>The provider name of the PostgreSQL store (server in <c>ConnectionStrings:Postgres</c>), for several instances.</summary>
    public const string PostgresProvider = "Postgres";

    /// <summary>The provider name of the in-memory store: nothing survives a restart.</summary>
    public const string MemoryProvider = "Memory";

    /// <summary>
    /// Which store keeps the state: <see cref="SqliteProvider"/>, <see cref="PostgresProvider"/> or <see cref="MemoryProvider"/>.
    /// </summary>
    [Required]
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>The SQLite database file; a relative path resolves against the current directory.</summary>
    [Required]
    public string SqlitePath { get; set; } = "data/sourcingbot.db";

    /// <summary>
    /// How long a conversation may stay idle (unsaved) before it counts as gone and may be deleted.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "3650.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan IdleExpiry { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often the bot deletes conversations idle for longer than <see cref="IdleExpiry"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a delivery's idempotency key is remembered (<see cref="IIdempotencyStore"/>): a redelivery of the same
    /// activity or interaction within this window is recognised as a duplicate. Longer than any channel retries.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan IdempotencyWindow { get; set; } = TimeSpan.FromDays(1);
}
