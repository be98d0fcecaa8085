using System.CommandLine;

namespace SourcingBot.Cli;

/// <summary>The subcommands (<c>ask</c>, <c>chat</c>, <c>knowledge validate</c>, <c>teams package</c>, <c>report</c>) and their shared parsing.</summary>
internal static class CommandLine
{
    private static readonly HashSet<string> HelpTokens = new(StringComparer.OrdinalIgnoreCase) { "-h", "--help", "-?", "/?", "--version" };

    /// <summary>Whether the arguments ask for a subcommand (or help) rather than the server.</summary>
    public static bool IsSubcommand(string[] args)
    {
        var (commandArgs, _) = ConfigurationArguments.Split(args);
        return commandArgs.Count > 0 && (!commandArgs[0].StartsWith('-') || HelpTokens.Contains(commandArgs[0]));
    }

    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.In, Console.Out, Console.Error, CancellationToken.None);

    public static async Task<int> RunAsync(
        string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var (commandArgs, configurationArgs) = ConfigurationArguments.Split(args);
        var console = new CliConsole(input, output, error, configurationArgs);
        var root = new RootCommand("SourcingBot: answers about outsourcing and offshoring. Without a command it serves the bot "
            + "and its web chat (http://localhost:3978). Any command also takes --Key=Value configuration, e.g. --Knowledge:Path=./content.")
        {
            AskCommand.Create(console),
            ChatCommand.Create(console),
            KnowledgeCommand.Create(console),
            TeamsPackageCommand.Create(console),
            DiscordCommand.Create(console),
            BenchCommand.Create(console),
            ReportCommand.Create(console),
        };

        var parse = root.Parse(commandArgs);
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parse.InvokeAsync(configuration, cancellationToken);
    }
}
