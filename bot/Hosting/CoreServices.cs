using SourcingBot.Conversations.Engine;
using SourcingBot.Insights;
using SourcingBot.Storage;

namespace SourcingBot.Hosting;

/// <summary>The services every way of running the bot shares: knowledge, the conversation store and the engine.</summary>
internal static class CoreServices
{
    public static IServiceCollection AddSourcingBotCore(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.Section);
        services.AddSingleton<KnowledgeProvider>();
        services.AddSingleton<IKnowledgeProvider>(provider => provider.GetRequiredService<KnowledgeProvider>());
        services.AddSingleton(TimeProvider.System);
        services.AddConversationStore();
        services.AddInsights();
        services.AddSingleton<ITurnHandler, ConversationEngine>();
        services.AddSingleton<WarmUpRequests>();
        services.AddSingleton<TurnErrors>();
        services.AddOptions<TurnLimitOptions>().BindConfiguration(TurnLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TurnRateLimiter>();
        return services;
    }
}
