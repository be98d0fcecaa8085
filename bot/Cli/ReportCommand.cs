using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Options;
using SourcingBot.Conversations.Engine;
using SourcingBot.Leads;
using SourcingBot.Reports;
using SourcingBot.Storage;

namespace SourcingBot.Cli;

// `report unanswered|usage|leads [--since 7d] [--format md|csv]`: what the operator learns from the conversation
// store's database (the configured Storage:Provider), printed as Markdown or CSV.
internal static class ReportCommand
{
    private const string DefaultSince = "7d";

    public static Command Create(CliConsole console) => new("report", "Report on what users asked, how the bot was used, and the leads left.")
    {
        Report(console, "unanswered", "Questions declined or answered with low confidence, similar ones grouped, most frequent first.", DefaultSince,
            async (services, since, token) => [UnansweredReport.Build(
                await services.GetRequiredService<IInsightStore>().QuestionsAsync(since, token),
                services.GetRequiredService<IKnowledgeProvider>().Current.Answerer.GroupingKey)]),
        Report(console, "usage", "Topics asked, assessments started and completed, recommendations by strategy.", DefaultSince,
            async (services, since, token) => UsageReport.Build(await services.GetRequiredService<IInsightStore>().UsageAsync(since, token))),
        Report(console, "leads", "The contact details left with \"Talk to an expert\" (all of them unless --since is given).", null,
            async (services, since, token) => [LeadsReport.Build(
                await services.GetRequiredService<IInsightStore>().LeadsAsync(since, token),
                webhookConfigured: services.GetRequiredService<IOptions<LeadsOptions>>().Value.WebhookUrl is not null)]),
    };

    private static Command Report(
        CliConsole console, string name, string description, string? defaultSince,
        Func<IServiceProvider, DateTimeOffset, CancellationToken, Task<IReadOnlyList<ReportTable>>> build)
    {
        var since = new Option<string?>("--since") { Description = $"How far back: 7d, 24h, 30m, 2w or a date (2026-11-01). Default: {defaultSince ?? "everything"}." };
        var format = new Option<string>("--format") { Description = "md (Markdown, the default) or csv.", DefaultValueFactory = _ => "md" };
        var command = new Command(name, description) { since, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var csv = string.Equals(parse.GetValue(format), "csv", StringComparison.OrdinalIgnoreCase);
            if (!csv && !string.Equals(parse.GetValue(format), "md", StringComparison.OrdinalIgnoreCase))
            {
                await console.Error.WriteLineAsync("--format must be md or csv.");
                return 2;
            }

            using var host = console.BuildHost(keepConversations: true);
            var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            var sinceText = parse.GetValue(since) ?? defaultSince;
            var from = sinceText is null ? DateTimeOffset.UnixEpoch : ReportPeriod.Since(sinceText, now);
            if (from is null)
            {
                await console.Error.WriteLineAsync($"--since \"{sinceText}\" is neither a span such as 7d, 24h, 30m or 2w nor a date such as 2026-11-01.");
                return 2;
            }

            var tables = await build(host.Services, from.Value, cancellationToken);
            await console.Output.WriteAsync(csv ? Csv(tables) : Markdown(name, from.Value, now, tables));
            return 0;
        });
        return command;
    }

    private static string Markdown(string name, DateTimeOffset from, DateTimeOffset now, IReadOnlyList<ReportTable> tables)
    {
        var period = from == DateTimeOffset.UnixEpoch ? "all time" : string.Create(CultureInfo.InvariantCulture, $"{from.UtcDateTime:yyyy-MM-dd HH:mm} to {now.UtcDateTime:yyyy-MM-dd HH:mm} UTC");
        return $"# SourcingBot report: {name} ({period})\n\n" + string.Join("\n", tables.Select(table => table.ToMarkdown()));
    }

    // One table as it is; several (usage) as one CSV with the section first on every row.
    private static string Csv(IReadOnlyList<ReportTable> tables) =>
        tables.Count == 1
            ? tables[0].ToCsv()
            : new ReportTable("usage", ["section", "item", "count"],
                tables.SelectMany(table => table.Rows.Select(row => (IReadOnlyList<string>)[table.Title, .. row])).ToArray()).ToCsv();
}
