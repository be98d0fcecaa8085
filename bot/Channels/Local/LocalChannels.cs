using Microsoft.Extensions.FileProviders;

namespace SourcingBot.Channels.Local;

/// <summary>The local channels: the web chat page at <c>/</c> and the JSON API at <c>/api/chat</c>.</summary>
internal static class LocalChannels
{
    public static IServiceCollection AddLocalChannels(this IServiceCollection services)
    {
        services.AddOptions<ChatOptions>().BindConfiguration(ChatOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, ChatJsonContext.Default));
        return services;
    }

    public static WebApplication MapLocalChannels(this WebApplication app)
    {
        // The page is embedded in the executable, so it is served the same whatever the working directory.
        var files = new ManifestEmbeddedFileProvider(typeof(LocalChannels).Assembly, "wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.MapPost("/api/chat", ChatEndpoint.HandleAsync).DisableAntiforgery();
        return app;
    }
}
