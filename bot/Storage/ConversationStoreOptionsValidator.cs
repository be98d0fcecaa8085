using Microsoft.Extensions.Options;
using Npgsql;
using SourcingBot.Conversations.State;

namespace SourcingBot.Storage;

// Refuses at start-up an unknown Storage:Provider (naming the value given and the ones allowed) and, for
// Postgres, a missing or malformed ConnectionStrings:Postgres. Messages never quote the connection string.
internal sealed class ConversationStoreOptionsValidator(IOptions<PostgresOptions> postgres) : IValidateOptions<ConversationStoreOptions>
{
    public static readonly IReadOnlyList<string> Providers =
        [ConversationStoreOptions.SqliteProvider, ConversationStoreOptions.PostgresProvider, ConversationStoreOptions.MemoryProvider];

    public ValidateOptionsResult Validate(string? name, ConversationStoreOptions options)
    {
        if (!IsKnown(options.Provider))
        {
            return ValidateOptionsResult.Fail(
                $"{ConversationStoreOptions.Section}:{nameof(ConversationStoreOptions.Provider)} is '{options.Provider}'; " +
                $"allowed values are {string.Join(", ", Providers.Select(provider => $"'{provider}'"))}.");
        }

        if (!string.Equals(options.Provider, ConversationStoreOptions.PostgresProvider, StringComparison.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Success;
        }

        var connectionString = postgres.Value.ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return ValidateOptionsResult.Fail(
                $"{ConversationStoreOptions.Section}:{nameof(ConversationStoreOptions.Provider)} is Postgres, so " +
                $"ConnectionStrings:{PostgresOptions.ConnectionStringName} is required (e.g. \"Host=db;Database=sourcingbot;Username=bot;Password=…\").");
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrEmpty(builder.Host)
                ? ValidateOptionsResult.Fail($"ConnectionStrings:{PostgresOptions.ConnectionStringName} names no Host.")
                : ValidateOptionsResult.Success;
        }
        catch (ArgumentException exception)
        {
            // The parser's message names a keyword, not a value, so it cannot leak the password.
            return ValidateOptionsResult.Fail(
                $"ConnectionStrings:{PostgresOptions.ConnectionStringName} is not a valid connection string: {exception.Message}");
        }
    }

    public static bool IsKnown(string? provider) =>
        Providers.Contains(provider ?? "", StringComparer.OrdinalIgnoreCase);
}
