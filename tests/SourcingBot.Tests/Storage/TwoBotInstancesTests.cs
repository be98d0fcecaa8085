using System.Diagnostics;
using System.Text.Json.Nodes;
using SourcingBot.Tests.Channels.Teams.Fakes;
using SourcingBot.Tests.Hosting;
using Xunit.Abstractions;

namespace SourcingBot.Tests.Storage;

// Two real bot processes on two ports and one PostgreSQL: the state lives only in the store, so any instance can
// take any turn, and concurrent turns of one conversation on both instances are all kept.
public sealed class TwoBotInstancesTests(TwoBotInstancesFixture instances, ITestOutputHelper output) : IClassFixture<TwoBotInstancesFixture>
{
    private static readonly (string Step, string Answer)[] Answers =
    [
        ("goals", "cost and talent"),
        ("function", "customer support"),
        ("coreness", "it's a support function"),
        ("requirements", "yes"),
        ("team-size", "about forty people"),
        ("company-size", "250 employees"),
        ("budget", "$250k a year"),
        ("start", "within 3 months"),
        ("headquarters", "we're based in Berlin"),
        ("overlap", "asynchronous is fine"),
        ("data", "personal data and GDPR"),
        ("presence-abroad", "no"),
        ("ownership", "no"),
    ];

    // Answer buttons of five different steps, fired at once; five at most, since a turn re-runs at most five times.
    private static readonly (string Step, string Options)[] Buttons =
    [
        ("goals", "reduce-costs,access-talent"),
        ("function", "software-development"),
        ("coreness", "support-function"),
        ("overlap", "few-hours"),
        ("data", "none"),
    ];

    [Fact]
    public async Task Conversation_StartedOnA_ContinuesOnBTurnByTurn()
    {
        var conversationId = $"two-{Guid.NewGuid():N}";
        var onA = new ChatClient(instances.A.CreateClient(), conversationId);
        var onB = new ChatClient(instances.B.CreateClient(), conversationId);

        var replies = await onA.SayAsync("recommend");
        for (var i = 0; i < Answers.Length; i++)
        {
            replies.AskedStep().Should().Be(Answers[i].Step, $"turn {i} went to instance {(i % 2 == 0 ? "B" : "A")}");
            replies = await (i % 2 == 0 ? onB : onA).SayAsync(Answers[i].Answer);
        }

        replies.Last().SummaryAnswers().Values.Should().Contain(["40 people", "Berlin (Europe/Berlin)"]);
        (await onB.SayAsync("yes")).Should().Contain(reply => reply!.Kind() == "recommendation");
        (await onA.SayAsync("what if our budget were $100k?")).Last().Kind().Should().Be("recommendation");
    }

    [Fact]
    public async Task TeamsConversation_StartedOnA_ContinuesOnBThroughApiMessages()
    {
        // Bot Framework activities with expectReplies, unauthenticated (no MicrosoftAppId), turn by turn on alternating instances.
        var conversation = TeamsSamples.Fresh("message-personal");
        var onA = new TeamsClient(instances.A.CreateClient());
        var onB = new TeamsClient(instances.B.CreateClient());
        JsonObject Say(string text) => TeamsSamples.Load("message-personal").In(conversation).Text(text);

        var replies = await onA.AskAsync(Say("recommend"));
        for (var i = 0; i < Answers.Length; i++)
        {
            replies[^1].Title().Should().StartWith($"Question {i + 1} of 13", $"turn {i} went to instance {(i % 2 == 0 ? "A" : "B")}");
            replies = await (i % 2 == 0 ? onB : onA).AskAsync(Say(Answers[i].Answer));
        }

        replies[^1].Title().Should().Be("Your answers");
        var (answers, _) = await StoredAnswersAsync($"teams:{conversation.ConversationId()}");
        answers.Should().BeEquivalentTo(Answers.Select(answer => answer.Step));
        (await onB.AskAsync(Say("yes"))).Should().Contain(reply => reply.Title() != null && reply.Title()!.StartsWith("Recommended: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConcurrentTurns_OneConversationOnBothInstances_AreAllReflected()
    {
        var conflictsBefore = await ConflictsAsync();
        for (var round = 0; round < 10; round++)
        {
            var conversationId = $"race-{round}-{Guid.NewGuid():N}";
            using var a = instances.A.CreateClient();
            using var b = instances.B.CreateClient();
            await new ChatClient(a, conversationId).SayAsync("recommend");

            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var turns = Buttons.Select((button, i) => Task.Run(async () =>
            {
                await start.Task;
                return await new ChatClient(i % 2 == 0 ? a : b, conversationId).ClickAsync(new JsonObject
                {
                    ["label"] = button.Step,
                    ["value"] = new JsonObject { ["action"] = "answer", ["step"] = button.Step, ["options"] = button.Options },
                });
            })).ToList();
            start.SetResult();
            var replies = await Task.WhenAll(turns);

            replies.SelectMany(reply => reply).Should().NotContain(reply => reply!.Kind() == "error", $"round {round}");
            var (answers, version) = await StoredAnswersAsync(conversationId);
            answers.Should().BeEquivalentTo(Buttons.Select(button => button.Step), $"round {round}");
            version.Should().Be(1 + Buttons.Length);
        }

        var conflictsAfter = await ConflictsAsync();
        output.WriteLine($"50 concurrent turns in 10 conversations on two instances: {conflictsAfter - conflictsBefore} save conflicts retried");
    }

    [Fact]
    public async Task Throughput_WholeAssessmentsAlternatingInstances_AllSucceedAndReportTurnsPerSecond()
    {
        const int Conversations = 24;
        const int Parallel = 8;
        using var a = instances.A.CreateClient();
        using var b = instances.B.CreateClient();
        var conflictsBefore = await ConflictsAsync();
        var gate = new SemaphoreSlim(Parallel);
        var turns = 0;
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, Conversations).Select(async n =>
        {
            await gate.WaitAsync();
            try
            {
                var conversationId = $"load-{n}-{Guid.NewGuid():N}";
                var clients = new[] { new ChatClient(a, conversationId), new ChatClient(b, conversationId) };
                var replies = await clients[n % 2].SayAsync("recommend");
                for (var i = 0; i < Answers.Length; i++)
                {
                    replies.AskedStep().Should().Be(Answers[i].Step);
                    replies = await clients[(n + i + 1) % 2].SayAsync(Answers[i].Answer);
                }

                (await clients[n % 2].SayAsync("yes")).Should().Contain(reply => reply!.Kind() == "recommendation");
                Interlocked.Add(ref turns, Answers.Length + 2);
            }
            finally
            {
                gate.Release();
            }
        }));

        clock.Stop();
        var conflicts = await ConflictsAsync() - conflictsBefore;
        turns.Should().Be(Conversations * (Answers.Length + 2));
        output.WriteLine(
            $"{turns} turns ({Conversations} whole assessments, {Parallel} at a time, alternating instances) in {clock.Elapsed.TotalSeconds:F2} s: " +
            $"{turns / clock.Elapsed.TotalSeconds:F0} turns/s through PostgreSQL; {conflicts} save conflicts retried");
    }

    private async Task<long?> ConflictsAsync()
    {
        var a = await TwoBotInstancesFixture.ConflictsAsync(instances.A);
        var b = await TwoBotInstancesFixture.ConflictsAsync(instances.B);
        return a + b;
    }

    private async Task<(IReadOnlyList<string> Answers, long Version)> StoredAnswersAsync(string conversationId)
    {
        var state = (string)(await instances.Database.QueryAsync(
            "SELECT state FROM conversations WHERE conversation_id = @id;", ("id", conversationId)))!;
        var version = (long)(await instances.Database.QueryAsync(
            "SELECT version FROM conversations WHERE conversation_id = @id;", ("id", conversationId)))!;
        var answers = JsonNode.Parse(state)!["assessment"]!["answers"]!.AsObject().Select(pair => pair.Key).ToList();
        return (answers, version);
    }
}
