using SourcingBot.Conversations.State;
using SourcingBot.Hosting;

namespace SourcingBot.Cli;

// What a subcommand works with: its streams, and a host configured like the server's.
internal sealed class CliConsole(TextReader input, TextWriter output, TextWriter error, IReadOnlyList<string> configurationArgs)
{
    public TextReader Input { get; } = input;

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>A host with the shared services and the same configuration sources as the server.</summary>
    /// <param name="keepConversations">
    /// Whether conversations go to the configured store; one-shot commands keep them in memory so they leave no files behind.
    /// </param>
    public IHost BuildHost(bool keepConversations = false)
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
        if (!keepConversations)
        {
            builder.Configuration.AddInMemoryCollection([new("Storage:Provider", ConversationStoreOptions.MemoryProvider)]);
        }

        builder.Services.AddSourcingBotCore();
        return builder.Build();
    }
}
