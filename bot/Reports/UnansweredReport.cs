using System.Globalization;
using SourcingBot.Conversations.Insights;

namespace SourcingBot.Reports;

// The questions the bot declined or answered with low confidence, grouped by meaning: questions with the same key
// (the knowledge module's normalisation: short forms, typos, stop words, stems, synonyms, word order ignored) form
// one group. Most frequent first, so the top rows are what the knowledge file should cover next.
internal static class UnansweredReport
{
    public static ReportTable Build(IReadOnlyList<RecordedQuestion> questions, Func<string, string> groupingKey)
    {
        var rows = questions
            .GroupBy(question => groupingKey(question.Text), StringComparer.Ordinal)
            .Select(group => new
            {
                Count = group.Count(),
                Example = group.GroupBy(q => q.Text, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key,
                Variants = group.Select(q => q.Text.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
                Outcome = MostCommon(group.Select(q => q.Outcome)) ?? string.Empty,
                Topic = MostCommon(group.Select(q => q.Topic)) ?? "-",
                Confidence = group.Average(q => q.Confidence),
                Channels = string.Join(", ", group.Select(q => q.Channel).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
                Last = group.Max(q => q.AskedAt),
            })
            .OrderByDescending(row => row.Count)
            .ThenByDescending(row => row.Last)
            .Select(row => (IReadOnlyList<string>)
            [
                row.Count.ToString(CultureInfo.InvariantCulture),
                row.Example,
                row.Variants.ToString(CultureInfo.InvariantCulture),
                row.Outcome,
                row.Topic,
                row.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
                row.Channels,
                row.Last.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            ])
            .ToArray();
        return new ReportTable(
            "Questions declined or answered with low confidence",
            ["count", "question", "phrasings", "outcome", "topic guessed", "confidence", "channels", "last asked (UTC)"],
            rows);
    }

    private static string? MostCommon(IEnumerable<string?> values) =>
        values.Where(value => value is not null).GroupBy(value => value!, StringComparer.Ordinal)
            .OrderByDescending(group => group.Count()).ThenBy(group => group.Key, StringComparer.Ordinal).Select(group => group.Key).FirstOrDefault();
}
