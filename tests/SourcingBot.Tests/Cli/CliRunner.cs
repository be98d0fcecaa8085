using SourcingBot.Cli;

namespace SourcingBot.Tests.Cli;

/// <summary>Runs the executable's command line in-process, capturing what it prints.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input);
        var exitCode = await CommandLine.RunAsync(args, reader, output, error, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }

    public static Task<(int ExitCode, string Output, string Error)> RunAsync(string[] args) => RunAsync(string.Empty, args);
}
