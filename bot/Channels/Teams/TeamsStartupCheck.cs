using Microsoft.Bot.Connector.Authentication;

namespace SourcingBot.Channels.Teams;

// Says loudly at start-up when /api/messages accepts anyone: right for a local test with Agents
// Playground, wrong anywhere reachable from outside. Incomplete credentials (e.g. SingleTenant without
// a tenant) stop the start here, rather than failing every request later.
internal sealed partial class TeamsStartupCheck(IConfiguration configuration, IServiceProvider services, ILogger<TeamsStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<BotFrameworkAuthentication>();
        var appId = configuration["MicrosoftAppId"];
        if (string.IsNullOrWhiteSpace(appId))
        {
            Log.NoCredentials(logger);
        }
        else
        {
            Log.Authenticating(logger, appId, configuration["MicrosoftAppType"] ?? "MultiTenant");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning,
            "*** /api/messages is NOT authenticated: no MicrosoftAppId is configured, so anyone who can reach this server can talk to the bot as the Teams channel. "
            + "That is meant for local testing (Microsoft 365 Agents Playground); set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId before exposing it. ***")]
        public static partial void NoCredentials(ILogger logger);

        [LoggerMessage(2, LogLevel.Information, "/api/messages accepts Bot Framework tokens for app {AppId} ({AppType})")]
        public static partial void Authenticating(ILogger logger, string appId, string appType);
    }
}
