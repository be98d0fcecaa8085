using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using SourcingBot.Channels.Discord.Gateway;
using SourcingBot.Channels.Discord.Interactions;
using SourcingBot.Channels.Discord.Rest;

namespace SourcingBot.Channels.Discord;

/// <summary>The Discord channel: the signed interactions endpoint, the REST client and, when enabled, the gateway.</summary>
internal static class DiscordChannel
{
    public static IServiceCollection AddDiscordChannel(this IServiceCollection services)
    {
        services.AddDiscordRest();
        services.AddSingleton<SignatureVerifier>();
        services.AddSingleton<DefinitionAutocomplete>();
        services.AddSingleton<FollowUpQueue>();
        services.AddSingleton<InteractionResponder>();
        services.AddSingleton<InteractionHandler>();
        services.AddSingleton<InteractionDeliveries>();
        services.AddSingleton<InFlightWork>();
        services.AddHostedService<FollowUpSender>();
        services.AddSingleton<IGatewayTransportFactory, WebSocketGatewayTransportFactory>();
        services.AddSingleton<GatewayMessageQueue>();
        services.AddSingleton<MessageResponder>();
        services.AddSingleton<GatewayClient>();

        // Hosted services stop in reverse order: the gateway closes first, then the responder answers
        // what it already received.
        services.AddHostedService(provider => provider.GetRequiredService<MessageResponder>());
        services.AddHostedService(provider => provider.GetRequiredService<GatewayClient>());
        return services;
    }

    /// <summary>The options and the REST client alone, as the <c>discord register-commands</c> command needs them.</summary>
    public static IServiceCollection AddDiscordRest(this IServiceCollection services)
    {
        services.AddOptions<DiscordOptions>()
            .BindConfiguration(DiscordOptions.Section)
            .ValidateDataAnnotations()
            .Validate(options => IsValid(options.Rest) && IsValid(options.Gateway), "Discord:Rest or Discord:Gateway has a value out of range.")
            .Validate(options => options.Gateway.ShardId < options.Gateway.ShardCount, "Discord:Gateway:ShardId must be less than ShardCount.")
            .Validate(
                options => SignatureVerifier.IsUsableKey(options.PublicKey),
                "Discord:PublicKey is not an Ed25519 public key: copy the application's public key again from the Developer Portal.")
            .ValidateOnStart();
        services.AddSingleton<DiscordRateLimiter>();
        services.AddTransient<RateLimitHandler>();
        var client = services.AddHttpClient<DiscordRestClient>();

        // Outermost first: transient failures are retried with backoff; each attempt waits for its rate limit.
        client.AddResilienceHandler("discord-rest", (pipeline, context) =>
        {
            var rest = context.ServiceProvider.GetRequiredService<IOptions<DiscordOptions>>().Value.Rest;
            if (rest.MaxRetries > 0)
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = rest.MaxRetries,
                    Delay = rest.RetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    ShouldRetryAfterHeader = false,
                    ShouldHandle = arguments => ValueTask.FromResult(IsTransient(arguments.Outcome)),
                });
            }
        });
        client.AddHttpMessageHandler<RateLimitHandler>();
        return services;
    }

    public static WebApplication MapDiscordChannel(this WebApplication app)
    {
        app.MapPost(InteractionsEndpoint.Path, InteractionsEndpoint.HandleAsync).DisableAntiforgery();
        return app;
    }

    // Network errors, timeouts and 5xx are worth another try; 4xx (and 429, handled beneath) are not.
    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException } => true,
        { Exception: TimeoutException } => true,
        { Result.StatusCode: System.Net.HttpStatusCode.RequestTimeout } => true,
        { Result: { } response } => (int)response.StatusCode >= 500,
        _ => false,
    };

    private static bool IsValid(object options) => Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true);
}
