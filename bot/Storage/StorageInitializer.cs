using Microsoft.Extensions.Options;
using SourcingBot.Conversations.State;

namespace SourcingBot.Storage;

// Creates or migrates the configured database before the server accepts requests, so a database that cannot
// be reached or was written by a newer build stops start-up with a clear error instead of failing the first
// turns. The stores would also do it on first use (the command-line tools rely on that).
internal sealed class StorageInitializer(IServiceProvider services, IOptions<ConversationStoreOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Uses(ConversationStoreOptions.SqliteProvider))
        {
            return services.GetRequiredService<SqliteDatabase>().InitializeAsync(cancellationToken);
        }

        if (options.Value.Uses(ConversationStoreOptions.PostgresProvider))
        {
            return services.GetRequiredService<PostgresDatabase>().InitializeAsync(cancellationToken);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
