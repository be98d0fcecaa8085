using System.Text;

namespace SourcingBot.Channels.Discord.Rendering;

// Fits text into Discord's limits: truncates at a word with an ellipsis, or splits at paragraph, line
// or word boundaries. Lengths are counted in UTF-16 code units, as Discord counts them, never cutting a
// surrogate pair.
internal static class DiscordText
{
    private const char Ellipsis = '…';

    public static string Truncate(string text, int maximum)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, 1);
        text = text.Trim();
        if (text.Length <= maximum)
        {
            return text;
        }

        var cut = SafeCut(text, maximum - 1);
        var space = text.LastIndexOf(' ', Math.Max(0, cut - 1), Math.Min(cut, 40));
        if (space > 0)
        {
            cut = space;
        }

        return text[..cut].TrimEnd() + Ellipsis;
    }

    /// <summary>Non-empty pieces of at most <paramref name="maximum"/> characters each.</summary>
    public static IReadOnlyList<string> Split(string text, int maximum)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, 1);
        var pieces = new List<string>();
        var rest = text.Trim();
        while (rest.Length > maximum)
        {
            var cut = BestBreak(rest, maximum);
            var piece = rest[..cut].TrimEnd();
            if (piece.Length > 0)
            {
                pieces.Add(piece);
            }

            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            pieces.Add(rest);
        }

        return pieces;
    }

    /// <summary>A single line for labels and names: whitespace folded, Markdown emphasis removed.</summary>
    public static string Plain(string text) =>
        string.Join(' ', text.Replace("**", string.Empty, StringComparison.Ordinal)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Text wrapped in a code block that stays within <paramref name="maximum"/> characters per block.</summary>
    public static IReadOnlyList<string> CodeBlocks(string text, string language, int maximum)
    {
        var fence = "```";
        var overhead = fence.Length * 2 + language.Length + 2;
        var safe = text.Replace(fence, "'''", StringComparison.Ordinal);
        return Split(safe, maximum - overhead)
            .Select(piece => new StringBuilder().Append(fence).Append(language).Append('\n').Append(piece).Append('\n').Append(fence).ToString())
            .ToArray();
    }

    private static int BestBreak(string text, int maximum)
    {
        var window = SafeCut(text, maximum);
        foreach (var separator in new[] { "\n\n", "\n", ". ", " " })
        {
            var index = text.LastIndexOf(separator, window - 1, window, StringComparison.Ordinal);
            if (index > maximum / 3)
            {
                return index + (separator == ". " ? 1 : 0);
            }
        }

        return window;
    }

    private static int SafeCut(string text, int length) =>
        length > 0 && length < text.Length && char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
}
