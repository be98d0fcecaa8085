using System.CommandLine;
using System.Globalization;
using SourcingBot.Benchmarking;

namespace SourcingBot.Cli;

// `bench http`: a load test of a running bot over real HTTP (run the bot in Release for real figures), optionally
// alternating with a second bot (`--compare`) to measure both under the same conditions; `bench discord-key`:
// a key pair for testing /api/discord/interactions.
internal static class BenchCommand
{
    public static Command Create(CliConsole console)
    {
        var url = new Option<string>("--url") { Description = "The running bot.", DefaultValueFactory = _ => "http://127.0.0.1:3978" };
        var compare = new Option<string?>("--compare") { Description = "A second bot measured alternately with the first, e.g. a reference bot." };
        var target = new Option<string>("--target")
        {
            Description = "The endpoint: chat (/api/chat), messages (/api/messages, expectReplies) or discord (/api/discord/interactions, /ask questions).",
            DefaultValueFactory = _ => "chat",
        };
        var scenario = new Option<string>("--scenario") { Description = "questions, assessment, mixed or one-question (discord: always questions).", DefaultValueFactory = _ => "mixed" };
        var clients = new Option<int>("--clients") { Description = "Concurrent keep-alive clients.", DefaultValueFactory = _ => 32 };
        var duration = new Option<TimeSpan>("--duration") { Description = "How long to measure, e.g. 00:00:20.", DefaultValueFactory = _ => TimeSpan.FromSeconds(20) };
        var warmUp = new Option<TimeSpan>("--warm-up") { Description = "Load before measuring (the JIT tiers up the hot paths meanwhile), e.g. 00:00:15.", DefaultValueFactory = _ => TimeSpan.FromSeconds(15) };
        var repeat = new Option<int>("--repeat") { Description = "How many runs (of each bot); the medians are reported.", DefaultValueFactory = _ => 1 };
        var privateKey = new Option<string?>("--private-key") { Description = "discord: the private key (hex) from `bench discord-key` that signs the interactions." };
        var signedRounds = new Option<int>("--signed-rounds") { Description = "discord: how many users' rounds to sign beforehand (then replayed).", DefaultValueFactory = _ => 1000 };
        var http = new Command("http", "Drive a running bot with concurrent clients and print requests/s, latency percentiles and errors.")
        {
            url, compare, target, scenario, clients, duration, warmUp, repeat, privateKey, signedRounds,
        };
        http.SetAction(async (parse, cancellationToken) =>
        {
            var addresses = new[] { parse.GetValue(url), parse.GetValue(compare) }.OfType<string>().ToArray();
            var bad = addresses.FirstOrDefault(address => !Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"));
            if (bad is not null)
            {
                await console.Error.WriteLineAsync($"--url and --compare must be http(s) addresses, not \"{bad}\".");
                return 2;
            }

            try
            {
                var texts = ChatLoadScript.For(parse.GetValue(target) == "discord" ? "questions" : parse.GetValue(scenario)!);
                ILoadScript script = parse.GetValue(target) switch
                {
                    "chat" => new ChatLoadScript(texts),
                    "messages" => new MessagesLoadScript(texts),
                    "discord" => new DiscordLoadScript(
                        texts, parse.GetValue(privateKey) ?? throw new ArgumentException("--target discord needs --private-key (see `bench discord-key`)."),
                        Math.Max(1, parse.GetValue(signedRounds)), TimeProvider.System),
                    var other => throw new ArgumentException($"Unknown target \"{other}\"; use chat, messages or discord."),
                };
                var runs = addresses.Select(address => new LoadTestOptions(
                        new Uri(address), parse.GetValue(target)!, parse.GetValue(scenario)!, Math.Max(1, parse.GetValue(clients)),
                        parse.GetValue(duration), parse.GetValue(warmUp)))
                    .ToArray();
                var results = new List<(int Bot, LoadTestResult Result)>();
                for (var time = 0; time < Math.Max(1, parse.GetValue(repeat)); time++)
                {
                    for (var bot = 0; bot < runs.Length; bot++)
                    {
                        var result = await new HttpLoadTest(runs[bot], script).RunAsync(cancellationToken);
                        await console.Output.WriteLineAsync(result.Format());
                        results.Add((bot, result));
                    }
                }

                if (results.Count > 1)
                {
                    await console.Output.WriteLineAsync(Summary(runs, results));
                }

                return results.All(run => run.Result.Errors == 0) ? 0 : 1;
            }
            catch (ArgumentException exception)
            {
                await console.Error.WriteLineAsync(exception.Message);
                return 2;
            }
        });

        var discordKey = new Command("discord-key", "Print a new Ed25519 key pair: start the bot with the public key, sign the load with the private one.");
        discordKey.SetAction(async (_, _) =>
        {
            var (publicKey, privateKeyHex) = DiscordLoadScript.NewKeyPair();
            await console.Output.WriteLineAsync($"Discord:PublicKey  {publicKey}");
            await console.Output.WriteLineAsync($"--private-key      {privateKeyHex}");
            return 0;
        });
        return new Command("bench", "Measure the bot.") { http, discordKey };
    }

    // Medians over the repeated runs of each bot, and the first bot's requests/s against the second's.
    private static string Summary(LoadTestOptions[] runs, List<(int Bot, LoadTestResult Result)> results)
    {
        var lines = runs.Select((options, bot) =>
        {
            var own = results.Where(run => run.Bot == bot).Select(run => run.Result).ToArray();
            return (options.BaseAddress, RequestsPerSecond: Median(own.Select(r => r.RequestsPerSecond)), P99: Median(own.Select(r => r.Percentile(99))), Runs: own.Length);
        }).ToArray();
        var text = string.Join(Environment.NewLine, lines.Select(line => string.Create(CultureInfo.InvariantCulture,
            $"median of {line.Runs} runs at {line.BaseAddress}: {line.RequestsPerSecond:N0} req/s, p99 {line.P99:0.00} ms")));
        return lines.Length < 2 || lines[1].RequestsPerSecond == 0
            ? text
            : text + Environment.NewLine + string.Create(CultureInfo.InvariantCulture, $"ratio {lines[0].RequestsPerSecond / lines[1].RequestsPerSecond:0.0}× the requests/s of {lines[1].BaseAddress}");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
