using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SourcingBot.Conversations.Insights;
using SourcingBot.Conversations.State;
using SourcingBot.Storage;
using SourcingBot.Tests.Cli;

namespace SourcingBot.Tests.Insights;

// The report commands on a real SQLite file, seeded as the bot would have left it.
public sealed class ReportCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sourcingbot-tests", Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_folder, "sourcingbot.db");

    [Fact]
    public async Task Unanswered_GroupsSimilarQuestions_MostFrequentFirst_WithinThePeriod()
    {
        var now = TimeProvider.System.GetUtcNow();
        await SeedAsync(new TurnRecord(
            [
                Question("What are the risks of nearshoring?", now.AddHours(-5)),
                Question("nearshoring risks", now.AddHours(-4)),
                Question("what are the risk of nearshoring", now.AddHours(-3)),
                Question("nearshorring risks??", now.AddHours(-3)),
                Question("How do I open an offshore bank account?", now.AddHours(-2)),
                Question("how do i open an offshore bank account", now.AddHours(-1)),
                Question("What is a PEO?", now.AddMinutes(-30)),
                Question("What is an employer of record?", now.AddDays(-20)),
            ],
            [],
            null));

        var (exitCode, output, error) = await CliRunner.RunAsync(["report", "unanswered", "--since", "7d", "--format", "csv", $"--Storage:SqlitePath={DatabasePath}"]);

        exitCode.Should().Be(0, error);
        var rows = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        rows[0].Should().StartWith("count,question,phrasings,outcome");
        rows.Skip(1).Select(row => row.Split(',')[0] + " " + row.Split(',')[1]).Should().Equal(
            "4 What are the risks of nearshoring?", "2 How do I open an offshore bank account?", "1 What is a PEO?");
        output.Should().NotContain("employer of record", "older questions are outside the period");
    }

    [Fact]
    public async Task Usage_Markdown_CountsTopicsAssessmentsAndRecommendationsByStrategy()
    {
        var now = TimeProvider.System.GetUtcNow();
        await SeedAsync(new TurnRecord([],
            [
                new UsageEvent(UsageKinds.TopicAsked, "define-nearshoring", "web", now), new UsageEvent(UsageKinds.TopicAsked, "define-nearshoring", "teams", now),
                new UsageEvent(UsageKinds.TopicAsked, "risks-offshoring", "web", now), new UsageEvent(UsageKinds.AssessmentStarted, null, "web", now),
                new UsageEvent(UsageKinds.AssessmentStarted, null, "web", now), new UsageEvent(UsageKinds.AssessmentCompleted, null, "web", now),
                new UsageEvent(UsageKinds.Recommendation, "nearshore-outsourcing", "web", now),
                new UsageEvent(UsageKinds.Recommendation, "nearshore-outsourcing", "web", now.AddDays(-8)),
            ],
            null));

        var (exitCode, output, _) = await CliRunner.RunAsync(["report", "usage", $"--Storage:SqlitePath={DatabasePath}"]);

        exitCode.Should().Be(0);
        output.Should().Contain("## Topics asked").And.Contain("| define-nearshoring | 2 |").And.Contain("| risks-offshoring | 1 |");
        output.Should().Contain("| assessments started | 2 |").And.Contain("| assessments completed | 1 |").And.Contain("| completion rate | 50% |");
        output.Should().Contain("## Recommendations by strategy").And.Contain("| nearshore-outsourcing | 1 |", "the default period is the last 7 days");
    }

    [Fact]
    public async Task Leads_Csv_ExportsEveryLead_WithoutRunningFormulas()
    {
        var lead = new Lead("lead-1", TimeProvider.System.GetUtcNow().AddDays(-40), "teams", "conversation-1", "user-1",
            new LeadDetails("=HYPERLINK(\"x\")", "ana@lima-logistics.com", "Lima Logistics, Inc.", "mornings", "nearshore-outsourcing"));
        await SeedAsync(new TurnRecord([], [], lead));

        var (exitCode, output, _) = await CliRunner.RunAsync(["report", "leads", "--format", "csv", $"--Storage:SqlitePath={DatabasePath}"]);

        exitCode.Should().Be(0);
        output.Should().Contain("\"'=HYPERLINK(\"\"x\"\")\",ana@lima-logistics.com,\"Lima Logistics, Inc.\",mornings,nearshore-outsourcing,teams,no webhook,lead-1");
    }

    [Fact]
    public async Task Leads_WithAWebhook_ShowUndeliveredLeadsAsPending()
    {
        var lead = new Lead("lead-1", TimeProvider.System.GetUtcNow().AddDays(-1), "teams", "conversation-1", "user-1",
            new LeadDetails("Ana Lima", "ana@lima-logistics.com", "Lima Logistics", "mornings", "nearshore-outsourcing"));
        await SeedAsync(new TurnRecord([], [], lead));

        var (exitCode, output, error) = await CliRunner.RunAsync(
        [
            "report", "leads", "--format", "csv", $"--Storage:SqlitePath={DatabasePath}",
            "--Leads:WebhookUrl=https://crm.example/leads", "--Leads:WebhookSecret=a-secret-of-sixteen-chars",
        ]);

        exitCode.Should().Be(0, error);
        output.Should().Contain(",teams,pending,lead-1");
    }

    [Theory]
    [InlineData("--since", "yesterday")]
    [InlineData("--format", "xlsx")]
    public async Task Report_BadOption_ExitsWith2AndSaysWhy(string option, string value)
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(["report", "unanswered", option, value, $"--Storage:SqlitePath={DatabasePath}"]);

        exitCode.Should().Be(2);
        error.Should().Contain(option);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private async Task SeedAsync(TurnRecord record)
    {
        using var database = new SqliteDatabase(
            Options.Create(new ConversationStoreOptions { SqlitePath = DatabasePath }), NullLogger<SqliteDatabase>.Instance);
        await SqlInsightStore.ForSqlite(database).RecordAsync(record, CancellationToken.None);
    }

    private static RecordedQuestion Question(string text, DateTimeOffset at) => new(text, at, "web", null, 0.2, "declined");
}
