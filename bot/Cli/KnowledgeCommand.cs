using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Options;
using SourcingBot.Conversations.Engine;
using SourcingBot.Hosting;
using SourcingBot.Knowledge.Loading;

namespace SourcingBot.Cli;

// `knowledge validate [path]`: the validation the bot runs at start-up, as a check before deploying an edit.
internal static class KnowledgeCommand
{
    // `knowledge explain "question"`: how a question is understood, to see why it got its answer.
    private static Command CreateExplain(CliConsole console)
    {
        var question = new Argument<string>("question") { Description = "The question to explain, in quotes." };
        var explain = new Command("explain", "Show the terms a question is reduced to and the best-scoring entries.") { question };
        explain.SetAction(async (parse, _) =>
        {
            using var host = console.BuildHost();
            var answerer = host.Services.GetRequiredService<IKnowledgeProvider>().Current.Answerer;
            var explanation = answerer.Explain(parse.GetValue(question) ?? string.Empty);
            await console.Output.WriteLineAsync("terms: " + string.Join(", ", explanation.Terms.Select(t =>
                t.Weight < 1 ? string.Create(CultureInfo.InvariantCulture, $"{t.Term} (x{t.Weight:0.##})") : t.Term)));
            foreach (var (entryId, topic, score) in explanation.Candidates)
            {
                await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {score,7:0.000}  {entryId} [{topic}]"));
            }

            var result = explanation.Result;
            await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"outcome: {result.Outcome}, entry: {result.Entry?.Id ?? "-"}, confidence: {result.Confidence:0.000}"));
            return 0;
        });
        return explain;
    }

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
        return new Command("knowledge", "Work with the knowledge content.") { validate, CreateExplain(console) };
    }
}
