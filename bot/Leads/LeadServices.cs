using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace SourcingBot.Leads;

/// <summary>Registers the leads webhook: its options, its typed client with retries, and the outbox delivery.</summary>
internal static class LeadServices
{
    public static IServiceCollection AddLeadWebhook(this IServiceCollection services)
    {
        services.AddOptions<LeadsOptions>().BindConfiguration(LeadsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient<LeadWebhookClient>(client => client.Timeout = TimeSpan.FromSeconds(30))
            .AddResilienceHandler("lead-webhook", pipeline => pipeline
                .AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 2,
                    Delay = TimeSpan.FromSeconds(1),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                })
                .AddTimeout(TimeSpan.FromSeconds(10)));
        return services;
    }
}
