using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;
using SourcingBot.Knowledge.Recommending;

namespace SourcingBot.Conversations.Parsing;

/// <summary>
/// Understands free answers with Microsoft.Recognizers.Text: numbers ("about forty people", "40-50"),
/// percentages ("about 30 percent"), ordinals ("the second one"), money ("$250k a year", "250 000 EUR")
/// and how soon something must start ("within 3 months", "by next March"). Only the first
/// <see cref="MaximumLength"/> characters of a text are read: answers are short, and some recognizers
/// slow down sharply on long texts (seconds for a few thousand characters).
/// </summary>
public static partial class FreeAnswerParser
{
    /// <summary>How many characters of a text are read.</summary>
    public const int MaximumLength = 300;

    private const string Culture = Microsoft.Recognizers.Text.Culture.English;
    private const double DaysPerMonth = 30.44;

    // "$" and "£" resolve to a unit without an ISO code; these are the readings a sourcing budget means.
    private static readonly Dictionary<string, string> UnitCurrencies = new(System.StringComparer.OrdinalIgnoreCase)
    {
        ["Dollar"] = "USD",
        ["United States dollar"] = "USD",
        ["Pound"] = "GBP",
        ["British pound"] = "GBP",
        ["Pound sterling"] = "GBP",
        ["Euro"] = "EUR",
    };

    /// <summary>The first number in the text, or null.</summary>
    public static decimal? ParseNumber(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NumberRecognizer.RecognizeNumber(Clip(text), Culture)
            .Select(result => Decimal(result.Resolution, "value"))
            .FirstOrDefault(value => value is not null);
    }

    /// <summary>Every number in the text ("1 and 3", "two"), with where it stands (character index and length).</summary>
    public static IReadOnlyList<(decimal Value, int Start, int Length)> ParseNumbers(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NumberRecognizer.RecognizeNumber(Clip(text), Culture)
            .Select(result => (Value: Decimal(result.Resolution, "value"), result.Start, Length: result.End - result.Start + 1))
            .Where(found => found.Value is not null)
            .Select(found => (found.Value!.Value, found.Start, found.Length))
            .ToArray();
    }

    /// <summary>
    /// The first range with both ends ("40-50", "between 30 and 50"), or null; open ranges such as
    /// "more than 100" are not ranges here.
    /// </summary>
    public static (decimal Low, decimal High)? ParseNumberRange(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var result in NumberRecognizer.RecognizeNumberRange(Clip(text), Culture))
        {
            // The value reads like "[30,50)".
            var bounds = (result.Resolution?.GetValueOrDefault("value") as string ?? string.Empty).Trim('[', ']', '(', ')').Split(',');
            if (bounds.Length == 2 && TryDecimal(bounds[0], out var low) && TryDecimal(bounds[1], out var high))
            {
                return (Math.Min(low, high), Math.Max(low, high));
            }
        }

        return null;
    }

    /// <summary>
    /// The first percentage in the text ("30%", "about 30 percent"), or a fraction as one ("a third" → 33.33, "half" → 50), or null.
    /// </summary>
    public static decimal? ParsePercentage(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var percentage = NumberRecognizer.RecognizePercentage(Clip(text), Culture)
            .Select(result => TryDecimal((result.Resolution?.GetValueOrDefault("value") as string ?? string.Empty).TrimEnd('%'), out var value) ? value : (decimal?)null)
            .FirstOrDefault(value => value is not null);
        if (percentage is not null)
        {
            return percentage;
        }

        var fraction = NumberRecognizer.RecognizeNumber(Clip(text), Culture)
            .Where(result => result.Resolution?.GetValueOrDefault("subtype") as string == "fraction")
            .Select(result => Decimal(result.Resolution, "value"))
            .FirstOrDefault(value => value is not null);
        return fraction is null ? null : Math.Round(fraction.Value * 100, 2);
    }

    /// <summary>
    /// The 1-based positions the ordinals in the text name in a list of <paramref name="count"/> items
    /// ("the second one" → 2, "first and third" → 1 and 3, "the last one" → <paramref name="count"/>),
    /// with where each stands (character index and length).
    /// </summary>
    public static IReadOnlyList<(int Position, int Start, int Length)> ParseOrdinals(string text, int count)
    {
        ArgumentNullException.ThrowIfNull(text);
        var positions = new List<(int Position, int Start, int Length)>();
        foreach (var result in NumberRecognizer.RecognizeOrdinal(Clip(text), Culture))
        {
            if (result.Resolution is null
                || !int.TryParse(result.Resolution.GetValueOrDefault("offset") as string, NumberStyles.Integer, CultureInfo.InvariantCulture, out var offset))
            {
                continue;
            }

            var position = (result.Resolution.GetValueOrDefault("relativeTo") as string) switch
            {
                "start" => offset,
                "end" => count + offset,
                _ => (int?)null,
            };
            if (position is not null)
            {
                positions.Add((position.Value, result.Start, result.End - result.Start + 1));
            }
        }

        return positions;
    }

    /// <summary>The first amount of money in the text, with its ISO currency code, or null.</summary>
    public static Money? ParseMoney(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var result in NumberWithUnitRecognizer.RecognizeCurrency(Clip(text), Culture))
        {
            if (result.Resolution is null)
            {
                continue;
            }

            var amount = Decimal(result.Resolution, "value");
            var iso = result.Resolution.TryGetValue("isoCurrency", out var code) && code is string { Length: 3 } given
                ? given
                : UnitCurrencies.GetValueOrDefault(result.Resolution.GetValueOrDefault("unit") as string ?? string.Empty);
            if (amount is not null && iso is not null)
            {
                return new Money(amount.Value, iso);
            }
        }

        return null;
    }

    /// <summary>
    /// How many months from <paramref name="today"/> the text allows ("within 3 months" → 3, "2 weeks" → 0.46,
    /// "by next March" → the months until then), or null; only a time still to come counts.
    /// </summary>
    public static double? ParseMonthsUntil(string text, DateOnly today) =>
        ParseMonthsFromToday(text, today) is > 0 and var months ? months : null;

    /// <summary>
    /// Like <see cref="ParseMonthsUntil"/>, but a time already past counts too, as negative months
    /// ("last March"), and "now" as 0; a time to come is preferred when a text has both readings.
    /// </summary>
    public static double? ParseMonthsFromToday(string text, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reference = today.ToDateTime(TimeOnly.MinValue);
        double? past = null;
        foreach (var result in DateTimeRecognizer.RecognizeDateTime(Halves(Clip(text)), Culture, DateTimeOptions.None, reference))
        {
            // Some phrases are recognised but left unresolved ("next spring").
            if (result.Resolution is null || !result.Resolution.TryGetValue("values", out var values) || values is not IEnumerable<Dictionary<string, string>> list)
            {
                continue;
            }

            foreach (var value in list)
            {
                var months = Months(value, today);
                if (months >= 0)
                {
                    return Math.Round(months.Value, 2);
                }

                past ??= months is null ? null : Math.Round(months.Value, 2);
            }
        }

        return past;
    }

    private static double? Months(Dictionary<string, string> value, DateOnly today)
    {
        var type = value.GetValueOrDefault("type");
        var timex = value.GetValueOrDefault("timex") ?? string.Empty;
        if (type == "duration")
        {
            return DurationMonths(timex)
                ?? (double.TryParse(value.GetValueOrDefault("value"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? seconds / 86_400 / DaysPerMonth : null);
        }

        // "within 3 months" is a range from today whose timex carries the duration: (2026-11-29,2027-02-27,P3M).
        if (type == "daterange" && value.GetValueOrDefault("start") == today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            && RangeDuration().Match(timex) is { Success: true } range && DurationMonths(range.Groups[1].Value) is { } within)
        {
            return within;
        }

        // A deadline ("by next March"): the months until the range ends or the date comes.
        var moment = value.GetValueOrDefault("end") ?? value.GetValueOrDefault("value") ?? value.GetValueOrDefault("start");
        return type is "date" or "daterange" or "datetime" or "datetimerange"
            && DateTime.TryParse(moment, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? MonthsBetween(today, DateOnly.FromDateTime(date))
            : null;
    }

    // Calendar months, so "in six months" is 6 whatever the month lengths; the rest in average months.
    private static double MonthsBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -MonthsBetween(to, from);
        }

        var whole = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        while (whole > 0 && from.AddMonths(whole) > to)
        {
            whole--;
        }

        return whole + ((to.DayNumber - from.AddMonths(whole).DayNumber) / DaysPerMonth);
    }

    private static double? DurationMonths(string timex)
    {
        var match = SimpleDuration().Match(timex);
        if (!match.Success || !double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount))
        {
            return null;
        }

        return match.Groups[2].Value switch
        {
            "Y" => amount * 12,
            "M" => amount,
            "W" => amount * 7 / DaysPerMonth,
            _ => amount / DaysPerMonth,
        };
    }

    private static string Clip(string text) => text.Length > MaximumLength ? text[..MaximumLength] : text;

    // The recognizer leaves "half a year" unresolved and reads "in a year and a half" as two years.
    private static string Halves(string text)
    {
        var spelled = HalfYear().Replace(text, "6 months");
        spelled = YearAndAHalf().Replace(spelled, "18 months");
        spelled = MonthAndAHalf().Replace(spelled, "45 days");
        return HalfMonth().Replace(spelled, "2 weeks");
    }

    private static decimal? Decimal(SortedDictionary<string, object>? resolution, string key) =>
        resolution is not null && resolution.TryGetValue(key, out var raw) && raw is string text && TryDecimal(text, out var value) ? value : null;

    private static bool TryDecimal(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    [GeneratedRegex(@"^P(\d+(?:\.\d+)?)([YMWD])$", RegexOptions.CultureInvariant)]
    private static partial Regex SimpleDuration();

    [GeneratedRegex(@",(P[^)]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex RangeDuration();

    [GeneratedRegex(@"\b(?:half a|a half|half)[ -]year\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HalfYear();

    [GeneratedRegex(@"\b(?:a|one) year and a half\b|\b(?:one and a half|1\.5) years\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearAndAHalf();

    [GeneratedRegex(@"\b(?:a|one) month and a half\b|\b(?:one and a half|1\.5) months\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthAndAHalf();

    [GeneratedRegex(@"\bhalf a month\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HalfMonth();
}
