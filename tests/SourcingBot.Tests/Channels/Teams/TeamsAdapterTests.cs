using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SourcingBot.Conversations.Engine;
using SourcingBot.Conversations.Turns;
using SourcingBot.Tests.Channels.Teams.Fakes;
using SourcingBot.Tests.Hosting;

namespace SourcingBot.Tests.Channels.Teams;

public sealed partial class TeamsAdapterTests
{
    private const string Secret = "Host=db.internal;Password=hunter2";

    [GeneratedRegex(@"reference \*\*(?<code>[A-Z2-9]{8})\*\*")]
    private static partial Regex Reference();

    [Fact]
    public async Task FailingTurn_ApologisesWithAReferenceCodeThatIsLogged_AndKeepsTheConversation()
    {
        var logs = new LogCapture();
        await using var factory = new BotFactory().WithServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            services.AddSingleton<ITurnHandler>(provider => new FailingOn("boom", ActivatorUtilities.CreateInstance<ConversationEngine>(provider)));
        });
        var client = new TeamsClient(factory.CreateClient());
        var conversation = TeamsSamples.Fresh("message-personal");
        await client.AskAsync(conversation.Text("recommend"));

        var failed = await client.AskAsync(TeamsSamples.Load("message-personal").In(conversation).Text("boom"));
        var next = await client.AskAsync(TeamsSamples.Load("message-personal").In(conversation).Text("cost and talent"));

        var apology = failed.Should().ContainSingle().Subject["text"]!.GetValue<string>();
        apology.Should().NotContain(Secret).And.NotContain("Exception");
        var code = Reference().Match(apology).Groups["code"].Value;
        code.Should().NotBeEmpty(apology);
        logs.Entries.Should().Contain(entry => entry.Level == LogLevel.Error && entry.Message.Contains(code, StringComparison.Ordinal)
            && entry.Message.Contains("could not connect: Host=db.internal;Password=***", StringComparison.Ordinal));
        logs.Entries.Should().NotContain(entry => entry.Message.Contains("hunter2", StringComparison.Ordinal), "secrets are redacted from logs");
        next[^1].Title().Should().StartWith("Question 2 of 13", "the failed turn left the assessment where it was");
    }

    private sealed class FailingOn(string text, ITurnHandler inner) : ITurnHandler
    {
        public ValueTask<TurnResult> HandleAsync(IncomingTurn turn, CancellationToken cancellationToken) =>
            turn.Text == text ? throw new InvalidOperationException($"could not connect: {Secret}") : inner.HandleAsync(turn, cancellationToken);
    }
}
