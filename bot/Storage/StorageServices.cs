using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SourcingBot.Conversations.State;

namespace SourcingBot.Storage;

/// <summary>Registers the conversation and idempotency stores chosen by <c>Storage:Provider</c>.</summary>
internal static class StorageServices
{
    public static IServiceCollection AddConversationStore(this IServiceCollection services)
    {
        services.AddOptions<ConversationStoreOptions>()
            .BindConfiguration(ConversationStoreOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<PostgresOptions>()
            .Configure<IConfiguration>((options, configuration) =>
                options.ConnectionString = configuration.GetConnectionString(PostgresOptions.ConnectionStringName));
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<ConversationStoreOptions>, ConversationStoreOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SqliteDatabase>();
        services.TryAddSingleton<PostgresDatabase>();
        services.TryAddSingleton<IConversationStore>(provider => Create<IConversationStore>(
            provider,
            sqlite: () => ActivatorUtilities.CreateInstance<SqliteConversationStore>(provider),
            postgres: () => ActivatorUtilities.CreateInstance<PostgresConversationStore>(provider),
            memory: options => new InMemoryConversationStore(options, provider.GetRequiredService<TimeProvider>())));
        services.TryAddSingleton<IIdempotencyStore>(provider => Create<IIdempotencyStore>(
            provider,
            sqlite: () => ActivatorUtilities.CreateInstance<SqliteIdempotencyStore>(provider),
            postgres: () => ActivatorUtilities.CreateInstance<PostgresIdempotencyStore>(provider),
            memory: _ => new InMemoryIdempotencyStore(provider.GetRequiredService<TimeProvider>())));
        services.TryAddSingleton<StoreHealth>();
        services.AddHostedService<StorageInitializer>();
        return services;
    }

    /// <summary>Whether <paramref name="options"/> select the provider named <paramref name="provider"/>.</summary>
    public static bool Uses(this ConversationStoreOptions options, string provider) =>
        string.Equals(options.Provider, provider, StringComparison.OrdinalIgnoreCase);

    private static T Create<T>(IServiceProvider provider, Func<T> sqlite, Func<T> postgres, Func<ConversationStoreOptions, T> memory)
    {
        var options = provider.GetRequiredService<IOptions<ConversationStoreOptions>>().Value;
        if (options.Uses(ConversationStoreOptions.SqliteProvider))
        {
            return sqlite();
        }

        if (options.Uses(ConversationStoreOptions.PostgresProvider))
        {
            return postgres();
        }

        if (options.Uses(ConversationStoreOptions.MemoryProvider))
        {
            return memory(options);
        }

        // Unreachable once validation ran; kept for a container built without ValidateOnStart.
        throw new InvalidOperationException(
            $"Storage:Provider '{options.Provider}' is not supported; use one of: {string.Join(", ", ConversationStoreOptionsValidator.Providers)}.");
    }
}
