using System.Globalization;

namespace SourcingBot.Reports;

// Reads --since: a span back from now ("7d", "24h", "30m", "2w") or a UTC date ("2026-11-01").
internal static class ReportPeriod
{
    public static DateTimeOffset? Since(string? text, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        if (value.Length >= 2 && int.TryParse(value[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount) && amount <= 36500)
        {
            TimeSpan? span = char.ToLowerInvariant(value[^1]) switch
            {
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                'd' => TimeSpan.FromDays(amount),
                'w' => TimeSpan.FromDays(7 * amount),
                _ => null,
            };
            if (span is { } back)
            {
                return now - back;
            }
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
    }
}
