using System.Text.Json.Nodes;
using SourcingBot.Tests.Hosting;

namespace SourcingBot.Tests.Storage;

// kill -9 in the middle of an assessment, then a new process on the same store: the conversation goes on at
// the step it was at, for the SQLite file and for PostgreSQL. The bot runs as a real process, killed with SIGKILL.
public sealed class BotProcessRestartTests
{
    // Free answers in the order the steps are asked (as in AssessmentChatTests).
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
    ];

    [Fact]
    public async Task KillDashNine_MidAssessmentOnSqlite_NewProcessContinuesAtTheSameStep()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"sourcingbot-kill-{Guid.NewGuid():N}");
        try
        {
            await KillAndRestartAsync("--Storage:Provider=Sqlite", $"--Storage:SqlitePath={Path.Combine(folder, "bot.db")}");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task KillDashNine_MidAssessmentOnPostgres_NewProcessContinuesAtTheSameStep()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();

        await KillAndRestartAsync("--Storage:Provider=Postgres", $"--ConnectionStrings:Postgres={database.ConnectionString}");
    }

    private static async Task KillAndRestartAsync(params string[] store)
    {
        var conversationId = $"kill-{Guid.NewGuid():N}";
        await using (var first = await BotProcess.StartAsync(store))
        {
            var chat = new ChatClient(first.CreateClient(), conversationId);
            var replies = await chat.SayAsync("recommend");
            foreach (var (step, answer) in Answers.Take(6))
            {
                replies.AskedStep().Should().Be(step);
                replies = await chat.SayAsync(answer);
            }

            replies.AskedStep().Should().Be("budget");
            await first.KillAsync();
        }

        // The next turn goes to a new process on the same store, as after a crash and restart.
        await using (var second = await BotProcess.StartAsync(store))
        {
            var chat = new ChatClient(second.CreateClient(), conversationId);
            (await chat.SayAsync("$250k a year")).AskedStep().Should().Be("start");
            (await chat.SayAsync("back")).AskedStep().Should().Be("budget", "the history survived the crash too");
            (await chat.SayAsync("$250k a year")).AskedStep().Should().Be("start");

            // Killed while a turn is in flight: the turn is applied whole or not at all.
            using var client = second.CreateClient();
            var inFlight = client.PostAsync("/api/chat", JsonContent(conversationId, "within 3 months"));
            await Task.Delay(5);
            await second.KillAsync();
            await Task.WhenAny(inFlight);
        }

        await using var third = await BotProcess.StartAsync(store);
        var resumed = new ChatClient(third.CreateClient(), conversationId);
        var asked = (await resumed.SayAsync("help")).AskedStep();
        asked.Should().BeOneOf(["start", "headquarters"], "the killed turn either saved or did not");
        foreach (var (step, answer) in Answers.SkipWhile(pair => pair.Step != asked))
        {
            var replies = await resumed.SayAsync(answer);
            replies.AskedStep().Should().Be(Answers.SkipWhile(pair => pair.Step != step).Skip(1).Select(pair => pair.Step).FirstOrDefault() ?? "overlap");
        }
    }

    private static StringContent JsonContent(string conversationId, string text) =>
        new(new JsonObject { ["conversationId"] = conversationId, ["userId"] = "test-user", ["text"] = text }.ToJsonString(),
            System.Text.Encoding.UTF8, "application/json");
}
