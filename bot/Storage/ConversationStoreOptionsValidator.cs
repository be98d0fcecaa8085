using Microsoft.Extensions.Options;
using SourcingBot.Conversations.State;

namespace SourcingBot.Storage;

// Refuses an unknown Storage:Provider at start-up, naming the value given and the ones allowed.
internal sealed class ConversationStoreOptionsValidator : IValidateOptions<ConversationStoreOptions>
{
    public static readonly IReadOnlyList<string> Providers =
        [ConversationStoreOptions.SqliteProvider, ConversationStoreOptions.MemoryProvider];

    public ValidateOptionsResult Validate(string? name, ConversationStoreOptions options)
    {
        return IsKnown(options.Provider)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{ConversationStoreOptions.Section}:{nameof(ConversationStoreOptions.Provider)} is '{options.Provider}'; " +
                $"allowed values are {string.Join(", ", Providers.Select(provider => $"'{provider}'"))}.");
    }

    public static bool IsKnown(string? provider) =>
        Providers.Contains(provider ?? "", StringComparer.OrdinalIgnoreCase);
}
