using SourcingBot.Conversations.Engine;

namespace SourcingBot.Hosting;

/// <summary>The services every way of running the bot shares: knowledge and the conversation engine.</summary>
internal static class CoreServices
{
    public static IServiceCollection AddSourcingBotCore(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.Section);
        services.AddSingleton<KnowledgeProvider>();
        services.AddSingleton<IKnowledgeProvider>(provider => provider.GetRequiredService<KnowledgeProvider>());
        services.AddSingleton<ITurnHandler, ConversationEngine>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
