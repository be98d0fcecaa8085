using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SourcingBot.Conversations.Insights;
using SourcingBot.Storage;
using SourcingBot.Tests.Cli;
using SourcingBot.Tests.Storage;

namespace SourcingBot.Tests.Insights;

// The report commands against PostgreSQL, the store of several instances, seeded as the bot would have left it.
public sealed class PostgresReportTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task UnansweredAndLeads_ReadThePostgresDatabase()
    {
        var now = TimeProvider.System.GetUtcNow();
        await using (var database = new PostgresDatabase(
            Options.Create(new PostgresOptions { ConnectionString = fixture.Database.ConnectionString }), NullLogger<PostgresDatabase>.Instance))
        {
            await SqlInsightStore.ForPostgres(database).RecordAsync(new TurnRecord(
                [
                    new RecordedQuestion("Microsoft stock price?", now.AddHours(-2), "discord", null, 0.1, "declined"),
                    new RecordedQuestion("microsoft stock price", now.AddHours(-1), "web", null, 0.1, "declined"),
                ],
                [],
                InsightStoreContractTests.Lead("lead-pg", now)), CancellationToken.None);
        }

        string[] storage = ["--Storage:Provider=Postgres", $"--ConnectionStrings:Postgres={fixture.Database.ConnectionString}"];
        var unanswered = await CliRunner.RunAsync(["report", "unanswered", .. storage]);
        var leads = await CliRunner.RunAsync(["report", "leads", "--format", "csv", .. storage]);

        unanswered.ExitCode.Should().Be(0, unanswered.Error);
        unanswered.Output.Should().Contain("| 2 | Microsoft stock price? | 2 | declined | - | 0.10 | discord, web |");
        leads.ExitCode.Should().Be(0, leads.Error);
        leads.Output.Should().Contain("Ana Lima,ana@lima-logistics.com,Lima Logistics,mornings,nearshore-outsourcing,web,no webhook,lead-pg");
    }
}
