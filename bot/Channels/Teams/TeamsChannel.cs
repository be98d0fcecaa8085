using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

using SourcingBot.Channels.Teams.Connector;

namespace SourcingBot.Channels.Teams;

/// <summary>The Teams channel: the Bot Framework endpoint at <c>/api/messages</c>.</summary>
internal static class TeamsChannel
{
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services)
    {
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(ConnectorHttpClients.Name)
            .AddResilienceHandler("teams-connector", pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                // Teams throttles with 429 and says when to come back; a 429 was not processed, so
                // retrying a posted message cannot duplicate it.
                ShouldHandle = arguments => ValueTask.FromResult(arguments.Outcome.Result?.StatusCode == System.Net.HttpStatusCode.TooManyRequests),
                MaxRetryAttempts = 3,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            }));

        // The SDK reads its standard keys (MicrosoftAppId, MicrosoftAppType, …) from the configuration root.
        services.AddSingleton<BotFrameworkAuthentication>(provider => new TeamsAuthentication(
            new ConfigurationBotFrameworkAuthentication(
                provider.GetRequiredService<IConfiguration>(),
                httpClientFactory: new ConnectorHttpClients(provider.GetRequiredService<IHttpClientFactory>()),
                logger: provider.GetRequiredService<ILoggerFactory>().CreateLogger(TeamsAdapter.SdkLogCategory)),
            provider.GetRequiredService<IOptions<TeamsOptions>>().Value.AuthenticationTimeout,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ReusedConnectorClients>()));
        services.AddSingleton<ReusedConnectorClients>();
        services.AddSingleton<DuplicateActivityFilter>();
        services.AddSingleton<TeamsAdapter>();
        services.AddSingleton<WelcomeTracker>();
        services.AddSingleton<IBot, TeamsBot>();
        services.AddHostedService<TeamsStartupCheck>();
        return services;
    }

    public static WebApplication MapTeamsChannel(this WebApplication app)
    {
        app.MapPost("/api/messages", MessagesEndpoint.HandleAsync).DisableAntiforgery();
        return app;
    }
}
