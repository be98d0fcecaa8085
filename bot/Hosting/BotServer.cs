using SourcingBot.Channels.Discord;
using SourcingBot.Channels.Local;
using SourcingBot.Channels.Teams;
using SourcingBot.Insights;
using SourcingBot.Leads;
using SourcingBot.Storage;

namespace SourcingBot.Hosting;

/// <summary>Builds and runs the web host: the local chat channels, health endpoints and start-up work.</summary>
internal static class BotServer
{
    public static async Task<int> RunAsync(string[] args)
    {
        await using var app = Build(args);
        await app.RunAsync();
        return 0;
    }

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot(args) });
        builder.Services.AddSourcingBotCore();
        builder.AddTelemetry();
        builder.Services.AddSingleton<Readiness>();
        ShutdownOptions.AddGracefulShutdown(builder.Services);
        builder.Services.AddSingleton<HttpWarmUp>();
        builder.Services.AddHostedService<WarmUpService>();
        builder.Services.AddHostedService<IdleConversationCleanup>();
        builder.Services.AddHostedService<KnowledgeWatcher>();
        builder.Services.AddHostedService<InsightRetention>();
        builder.Services.AddHostedService<LeadDelivery>();
        builder.Services.AddProblemDetails();
        builder.Services.AddLocalChannels();
        builder.Services.AddDiscordChannel();
        builder.Services.AddTeamsChannel();

        var app = builder.Build();
        app.Use(app.Services.GetRequiredService<WarmUpRequests>().MarkAsync);
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapHealthEndpoints();
        app.MapTelemetry();
        app.MapLocalChannels();
        app.MapDiscordChannel();
        app.MapTeamsChannel();
        return app;
    }

    // appsettings.json sits beside the executable; use it whatever the working directory, unless a
    // content root is given explicitly (as the test host does).
    private static string? ContentRoot(string[] args) =>
        args.Any(arg => arg.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase)) ? null : AppContext.BaseDirectory;
}
