using System.CommandLine;
using SourcingBot.Channels.Local;
using SourcingBot.Conversations.Turns;
using SourcingBot.Hosting;
using SourcingBot.Knowledge.Loading;

namespace SourcingBot.Cli;

// `chat`: an interactive conversation in the terminal. Typing the number of an option clicks it.
internal static class ChatCommand
{
    private static readonly HashSet<string> ExitWords = new(StringComparer.OrdinalIgnoreCase) { "exit", "quit", "/exit", "/quit" };

    public static Command Create(CliConsole console)
    {
        var command = new Command("chat", "Chat with the bot in the terminal (exit or Ctrl+D to leave).");
        command.SetAction(async (_, cancellationToken) =>
        {
            try
            {
                using var host = console.BuildHost(keepConversations: true);
                await RunAsync(console, host.Services.GetRequiredService<TurnErrors>(), cancellationToken);
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

    private static async Task RunAsync(CliConsole console, TurnErrors engine, CancellationToken cancellationToken)
    {
        var conversationId = $"console-{Guid.NewGuid():N}";
        await console.Output.WriteLineAsync(
            "SourcingBot — ask about outsourcing, offshoring, nearshoring and more. Type 'help' for ideas, 'exit' to leave.");
        var options = new List<ReplyAction>();
        while (!cancellationToken.IsCancellationRequested)
        {
            await console.Output.WriteAsync("> ");
            var line = await console.Input.ReadLineAsync(cancellationToken);
            if (line is null || ExitWords.Contains(line.Trim()))
            {
                break;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var turn = int.TryParse(line.Trim(), out var number) && number >= 1 && number <= options.Count
                ? new IncomingTurn("console", conversationId, "console-user", options[number - 1].Label, options[number - 1].Value)
                : new IncomingTurn("console", conversationId, "console-user", line.Trim());
            var result = await engine.HandleAsync(turn, cancellationToken);
            options = [];
            foreach (var reply in result.Replies)
            {
                await console.Output.WriteLineAsync(TextReplyRenderer.Render(reply, options));
                await console.Output.WriteLineAsync();
            }
        }
    }
}
