using Microsoft.Extensions.Options;
using SourcingBot.Conversations.Insights;
using SourcingBot.Conversations.State;
using SourcingBot.Leads;
using SourcingBot.Storage;

namespace SourcingBot.Insights;

/// <summary>Registers the recording of questions, usage and leads in the configured store, and the leads' webhook.</summary>
internal static class InsightServices
{
    public static IServiceCollection AddInsights(this IServiceCollection services)
    {
        services.AddOptions<InsightsOptions>().BindConfiguration(InsightsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IInsightStore>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<ConversationStoreOptions>>().Value;
            return options.Uses(ConversationStoreOptions.SqliteProvider) ? SqlInsightStore.ForSqlite(provider.GetRequiredService<SqliteDatabase>())
                : options.Uses(ConversationStoreOptions.PostgresProvider) ? SqlInsightStore.ForPostgres(provider.GetRequiredService<PostgresDatabase>())
                : new InMemoryInsightStore();
        });
        services.AddSingleton<LeadDeliverySignal>();
        services.AddSingleton<InsightWriteBehind>();
        services.AddHostedService(provider => provider.GetRequiredService<InsightWriteBehind>());
        services.AddSingleton<ITurnJournal, InsightJournal>();
        services.AddLeadWebhook();
        return services;
    }
}
