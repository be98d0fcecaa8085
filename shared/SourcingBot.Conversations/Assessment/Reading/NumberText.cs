using System.Globalization;

namespace SourcingBot.Conversations.Assessment.Reading;

// Numbers as answers read back: invariant thousands separators, at most two decimals ("2,000", "1.5").
internal static class NumberText
{
    public static string Format(decimal value) => value.ToString("#,##0.##", CultureInfo.InvariantCulture);

    // "250k", "1.2 million": how an amount is said in an example.
    public static string Short(decimal value) => Math.Abs(value) switch
    {
        >= 1_000_000 => (value / 1_000_000).ToString("0.##", CultureInfo.InvariantCulture) + " million",
        >= 1_000 => (value / 1_000).ToString("0.##", CultureInfo.InvariantCulture) + "k",
        _ => Format(value),
    };

    // "A, B or C".
    public static string OrList(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " or " + items[^1],
    };
}
