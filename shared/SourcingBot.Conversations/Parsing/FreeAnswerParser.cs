using System.Globalization;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;
using SourcingBot.Knowledge.Recommending;

namespace SourcingBot.Conversations.Parsing;

/// <summary>
/// Understands free answers with Microsoft.Recognizers.Text: numbers ("about forty people"), money
/// ("$250k a year", "250 000 EUR") and how soon something must start ("within 3 months", "by next March").
/// </summary>
public static class FreeAnswerParser
{
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
        return NumberRecognizer.RecognizeNumber(text, Culture)
            .Select(result => Decimal(result.Resolution, "value"))
            .FirstOrDefault(value => value is not null);
    }

    /// <summary>The first amount of money in the text, with its ISO currency code, or null.</summary>
    public static Money? ParseMoney(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var result in NumberWithUnitRecognizer.RecognizeCurrency(text, Culture))
        {
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
    /// How many months from <paramref name="today"/> the text allows ("within 3 months" → 3, "2 weeks" → 0.5,
    /// "by next March" → the months until then), or null.
    /// </summary>
    public static double? ParseMonthsUntil(string text, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reference = today.ToDateTime(TimeOnly.MinValue);
        foreach (var result in DateTimeRecognizer.RecognizeDateTime(text, Culture, DateTimeOptions.None, reference))
        {
            if (!result.Resolution.TryGetValue("values", out var values) || values is not IEnumerable<Dictionary<string, string>> list)
            {
                continue;
            }

            foreach (var value in list)
            {
                var months = Months(value, reference);
                if (months is not null)
                {
                    return Math.Round(months.Value, 2);
                }
            }
        }

        return null;
    }

    private static double? Months(Dictionary<string, string> value, DateTime reference)
    {
        var type = value.GetValueOrDefault("type");
        if (type == "duration" && double.TryParse(value.GetValueOrDefault("value"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return seconds / 86_400 / DaysPerMonth;
        }

        // A deadline ("within 3 months", "by next March"): the months until the range ends or the date comes.
        var moment = value.GetValueOrDefault("end") ?? value.GetValueOrDefault("value") ?? value.GetValueOrDefault("start");
        if (type is "date" or "daterange" or "datetime" or "datetimerange"
            && DateTime.TryParse(moment, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date > reference)
        {
            return (date - reference).TotalDays / DaysPerMonth;
        }

        return null;
    }

    private static decimal? Decimal(SortedDictionary<string, object> resolution, string key) =>
        resolution.TryGetValue(key, out var raw) && raw is string text
        && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
