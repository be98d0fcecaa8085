using System.CommandLine;
using Microsoft.Extensions.Options;
using SourcingBot.Hosting;
using SourcingBot.Knowledge.Loading;

namespace SourcingBot.Cli;

// `knowledge validate [path]`: the validation the bot runs at start-up, as a check before deploying an edit.
internal static class KnowledgeCommand
{
    public static Command Create(CliConsole console)
    {
        var path = new Argument<string?>("path")
        {
            Description = "A folder of .yaml files or one file. Default: Knowledge:Path if set, else the built-in content.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var validate = new Command("validate", "Check knowledge content and list every problem; exits 1 when there is any.") { path };
        validate.SetAction(async (parse, _) =>
        {
            var target = parse.GetValue(path);
            if (string.IsNullOrWhiteSpace(target))
            {
                using var host = console.BuildHost();
                target = host.Services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.Path;
            }

            var useEmbedded = string.IsNullOrWhiteSpace(target);
            var result = useEmbedded ? KnowledgeLoader.LoadEmbedded() : KnowledgeLoader.LoadFromPath(target!);
            var origin = useEmbedded ? "built-in content" : target;
            if (!result.IsValid)
            {
                foreach (var problem in result.Problems)
                {
                    await console.Error.WriteLineAsync(problem.ToString());
                }

                await console.Error.WriteLineAsync($"{origin}: {result.Problems.Count} problem(s) found.");
                return 1;
            }

            var knowledge = result.Knowledge!;
            await console.Output.WriteLineAsync(
                $"{origin}: valid — {knowledge.Entries.Count} entries, {knowledge.Sources.Count} sources, "
                + $"{knowledge.Strategies.Count} strategies.");
            return 0;
        });
        return new Command("knowledge", "Work with the knowledge content.") { validate };
    }
}
