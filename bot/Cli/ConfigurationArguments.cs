namespace SourcingBot.Cli;

// Separates host configuration (--Knowledge:Path=x, --urls http://…, --environment Production) from
// a subcommand's own arguments, so configuration works the same for the server and every command.
internal static class ConfigurationArguments
{
    private static readonly HashSet<string> HostKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "urls", "environment", "contentRoot", "applicationName",
    };

    private static readonly HashSet<string> CommandOptions = new(StringComparer.OrdinalIgnoreCase)
    {
        "json", "help", "version", "since", "format",
    };

    public static (List<string> Command, List<string> Configuration) Split(string[] args)
    {
        var command = new List<string>();
        var configuration = new List<string>();
        for (var index = 0; index < args.Length; index++)
        {
            var arg = args[index];
            var name = OptionName(arg);
            if (name is null || CommandOptions.Contains(name))
            {
                command.Add(arg);
            }
            else if (arg.Contains('=', StringComparison.Ordinal))
            {
                configuration.Add(arg);
            }
            else if ((name.Contains(':', StringComparison.Ordinal) || HostKeys.Contains(name)) && index + 1 < args.Length)
            {
                configuration.Add(arg);
                configuration.Add(args[++index]);
            }
            else
            {
                command.Add(arg);
            }
        }

        return (command, configuration);
    }

    private static string? OptionName(string arg)
    {
        var name = arg.StartsWith("--", StringComparison.Ordinal) ? arg[2..] : arg.StartsWith('/') && arg.Length > 1 && arg.Contains('=', StringComparison.Ordinal) ? arg[1..] : null;
        return name?.Split('=', 2)[0];
    }
}
