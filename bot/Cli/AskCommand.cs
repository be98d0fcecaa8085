using System.CommandLine;
using System.Text.Json;
using SourcingBot.Channels.Local;
using SourcingBot.Conversations.Turns;
using SourcingBot.Hosting;
using SourcingBot.Knowledge.Loading;

namespace SourcingBot.Cli;

// `ask "question" [--json]`: prints one answer and exits.
internal static class AskCommand
{
    public static Command Create(CliConsole console)
    {
        var question = new Argument<string>("question") { Description = "The question to answer, in quotes." };
        var json = new Option<bool>("--json") { Description = "Print the answer as JSON: topic, confidence, text, sources and every reply." };
        var command = new Command("ask", "Answer one question and exit.") { question, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var text = parse.GetValue(question) ?? string.Empty;
            if (string.IsNullOrWhiteSpace(text))
            {
                await console.Error.WriteLineAsync("Give a question, e.g. ask \"what is nearshoring?\"");
                return 2;
            }

            try
            {
                using var host = console.BuildHost();
                var engine = host.Services.GetRequiredService<TurnErrors>();
                var result = await engine.HandleAsync(new IncomingTurn("console", "cli-ask", "cli-user", text.Trim()), cancellationToken);
                await console.Output.WriteLineAsync(parse.GetValue(json) ? Json(result) : Text(result));
                return 0;
            }
            catch (KnowledgeValidationException exception)
            {
                await console.Error.WriteLineAsync(exception.Message);
                return 1;
            }
        });
        return command;
    }

    private static string Text(TurnResult result)
    {
        var numbered = new List<ReplyAction>();
        return string.Join(Environment.NewLine + Environment.NewLine, result.Replies.Select(reply => TextReplyRenderer.Render(reply, numbered)));
    }

    private static string Json(TurnResult result)
    {
        var replies = result.Replies.Select(reply => reply.ToDto()).ToArray();
        var first = replies[0];
        var output = new AskJsonOutput(first.Topic, first.Confidence, first.Kind, first.Title, first.Text, first.Sources, replies);
        return JsonSerializer.Serialize(output, CliJsonContext.Default.AskJsonOutput);
    }
}
