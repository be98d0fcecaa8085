using SourcingBot.Cli;
using SourcingBot.Hosting;

// With a subcommand (ask, chat, knowledge …) the executable is a command-line tool; without one it
// serves the bot. Either way --Key=Value arguments and Key__Sub environment variables configure it.
return CommandLine.IsSubcommand(args)
    ? await CommandLine.RunAsync(args)
    : await BotServer.RunAsync(args);

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
