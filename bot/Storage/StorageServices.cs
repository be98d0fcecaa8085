using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SourcingBot.Conversations.State;

namespace SourcingBot.Storage;

/// <summary>Registers the conversation store chosen by <c>Storage:Provider</c>.</summary>
internal static class StorageServices
{
    public static IServiceCollection AddConversationStore(this IServiceCollection services)
    {
        services.AddOptions<ConversationStoreOptions>()
            .BindConfiguration(ConversationStoreOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<ConversationStoreOptions>, ConversationStoreOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IConversationStore>(CreateStore);
        return services;
    }

    private static IConversationStore CreateStore(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<ConversationStoreOptions>>().Value;
        if (string.Equals(options.Provider, ConversationStoreOptions.SqliteProvider, StringComparison.OrdinalIgnoreCase))
        {
            return ActivatorUtilities.CreateInstance<SqliteConversationStore>(provider);
        }

        if (string.Equals(options.Provider, ConversationStoreOptions.MemoryProvider, StringComparison.OrdinalIgnoreCase))
        {
            return new InMemoryConversationStore(options, provider.GetRequiredService<TimeProvider>());
        }

        // Unreachable once validation ran; kept for a container built without ValidateOnStart.
        throw new InvalidOperationException(
            $"Storage:Provider '{options.Provider}' is not supported; use one of: {string.Join(", ", ConversationStoreOptionsValidator.Providers)}.");
    }
}
