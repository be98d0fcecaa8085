using System.Globalization;
using SourcingBot.Conversations.Insights;

namespace SourcingBot.Reports;

// How the bot was used in a period: topics asked, assessments started and completed, recommendations by strategy
// and leads, each counted from the usage events (which never hold who did what).
internal static class UsageReport
{
    public static IReadOnlyList<ReportTable> Build(IReadOnlyList<UsageEvent> events)
    {
        int Count(string kind) => events.Count(e => e.Kind == kind);
        var started = Count(UsageKinds.AssessmentStarted);
        var completed = Count(UsageKinds.AssessmentCompleted);
        IReadOnlyList<string>[] assessments =
        [
            ["assessments started", Number(started)],
            ["assessments completed", Number(completed)],
            ["completion rate", started == 0 ? "-" : (completed / (double)started).ToString("0%", CultureInfo.InvariantCulture)],
            ["leads", Number(Count(UsageKinds.Lead))],
        ];
        return
        [
            new ReportTable("Topics asked", ["topic", "count"], Counted(events, UsageKinds.TopicAsked)),
            new ReportTable("Assessments", ["measure", "count"], assessments),
            new ReportTable("Recommendations by strategy", ["strategy", "count"], Counted(events, UsageKinds.Recommendation)),
        ];
    }

    private static IReadOnlyList<string>[] Counted(IEnumerable<UsageEvent> events, string kind) =>
        events.Where(e => e.Kind == kind)
            .GroupBy(e => e.Value ?? "-", StringComparer.Ordinal)
            .OrderByDescending(group => group.Count()).ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => (IReadOnlyList<string>)[group.Key, Number(group.Count())])
            .ToArray();

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
