using System.CommandLine;
using SourcingBot.Benchmarking;

namespace SourcingBot.Cli;

// `bench http`: a load test of a running bot over real HTTP (run the bot in Release for real figures).
internal static class BenchCommand
{
    public static Command Create(CliConsole console)
    {
        var url = new Option<string>("--url") { Description = "The running bot.", DefaultValueFactory = _ => "http://127.0.0.1:3978" };
        var target = new Option<string>("--target") { Description = "The endpoint: chat (/api/chat) or teams (/api/messages, expectReplies; the bot without MicrosoftAppId).", DefaultValueFactory = _ => "chat" };
        var scenario = new Option<string>("--scenario") { Description = "questions, assessment or mixed.", DefaultValueFactory = _ => "mixed" };
        var clients = new Option<int>("--clients") { Description = "Concurrent keep-alive clients.", DefaultValueFactory = _ => 32 };
        var duration = new Option<TimeSpan>("--duration") { Description = "How long to measure, e.g. 00:00:20.", DefaultValueFactory = _ => TimeSpan.FromSeconds(20) };
        var warmUp = new Option<TimeSpan>("--warm-up") { Description = "Load before measuring, e.g. 00:00:05.", DefaultValueFactory = _ => TimeSpan.FromSeconds(5) };
        var http = new Command("http", "Drive a running bot with concurrent clients and print requests/s, latency percentiles and errors.")
        {
            url, target, scenario, clients, duration, warmUp,
        };
        http.SetAction(async (parse, cancellationToken) =>
        {
            if (!Uri.TryCreate(parse.GetValue(url), UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
            {
                await console.Error.WriteLineAsync($"--url must be an http(s) address, not \"{parse.GetValue(url)}\".");
                return 2;
            }

            var options = new LoadTestOptions(
                address, parse.GetValue(target)!, parse.GetValue(scenario)!, Math.Max(1, parse.GetValue(clients)),
                parse.GetValue(duration), parse.GetValue(warmUp));
            try
            {
                var result = await new HttpLoadTest(options).RunAsync(cancellationToken);
                await console.Output.WriteLineAsync(result.Format());
                return result.Errors == 0 ? 0 : 1;
            }
            catch (ArgumentException exception)
            {
                await console.Error.WriteLineAsync(exception.Message);
                return 2;
            }
        });
        return new Command("bench", "Measure the bot.") { http };
    }
}
