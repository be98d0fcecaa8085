using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace SourcingBot.Hosting;

/// <summary>
/// Graceful shutdown (section "Shutdown"): on SIGTERM the server stops accepting connections at once, lets the
/// turns in flight finish for up to <see cref="Timeout"/>, then stops the background services and exits.
/// </summary>
public sealed class ShutdownOptions
{
    public const string Section = "Shutdown";

    /// <summary>How long turns in flight may take to finish after a stop was asked for; within the 30 s Kubernetes grants by default.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(25);

    /// <summary>Applies <c>Shutdown:Timeout</c> to the host.</summary>
    public static IServiceCollection AddGracefulShutdown(IServiceCollection services)
    {
        services.AddOptions<ShutdownOptions>().BindConfiguration(Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<HostOptions>().Configure<IOptions<ShutdownOptions>>((host, shutdown) => host.ShutdownTimeout = shutdown.Value.Timeout);
        return services;
    }
}
