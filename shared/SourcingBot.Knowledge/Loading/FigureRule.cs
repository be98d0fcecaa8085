using System.Text.RegularExpressions;

namespace SourcingBot.Knowledge.Loading;

// Finds the figures in prose (percentages, money, magnitudes, numbers of 100 or more that are not
// years) so that each can be matched to a sourced figure of its entry.
internal static partial class FigureRule
{
    [GeneratedRegex(
        @"(?<![\w.,])(?:[$€£]\s?\d[\d,.]*(?:\s?(?:bn|billion|million|trillion|m|k|tn)\b)?|\d[\d,.]*\s?%|\d[\d,.]*\s?(?:million|billion|trillion|bn)\b|\d{1,3}(?:,\d{3})+|\d{3,}(?:\.\d+)?)(?![\w])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FigurePattern();

    [GeneratedRegex(@"\]\([^)]*\)|https?://\S+", RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"^(19|20)\d\d$", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    public static IEnumerable<string> FiguresIn(string text)
    {
        var withoutLinks = LinkPattern().Replace(text, " ");
        foreach (Match match in FigurePattern().Matches(withoutLinks))
        {
            var value = match.Value.Trim().TrimEnd('.', ',');
            if (!YearPattern().IsMatch(value))
            {
                yield return value;
            }
        }
    }

    public static bool IsCovered(string figure, IEnumerable<string> sourcedValues) =>
        sourcedValues.Any(value => Collapse(value).Contains(Collapse(figure), StringComparison.OrdinalIgnoreCase));

    private static string Collapse(string text) => string.Concat(text.Where(character => !char.IsWhiteSpace(character)));
}
