using SourcingBot.Hosting;

namespace SourcingBot.Cli;

// What a subcommand works with: its streams, and a host configured like the server's.
internal sealed class CliConsole(TextReader input, TextWriter output, TextWriter error, IReadOnlyList<string> configurationArgs)
{
    public TextReader Input { get; } = input;

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>A host with the shared services and the same configuration sources as the server.</summary>
    public IHost BuildHost()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = configurationArgs.ToArray(),
            ContentRootPath = AppContext.BaseDirectory,
        });

        // Commands print their own output; only warnings and errors are logged, to standard error.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSourcingBotCore();
        return builder.Build();
    }
}
