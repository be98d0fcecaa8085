using System.Text;
using System.Text.RegularExpressions;
using SourcingBot.Conversations.Parsing;

namespace SourcingBot.Conversations.Assessment.Reading;

// Options picked by position: "2", "1, 3", "1 and 3", "the second one", "first and third", "2nd".
// Only a text that is nothing but positions and small words counts, so "we have 40 people" is not option 40.
internal static partial class ChoicePositions
{
    private static readonly HashSet<string> Filler = new(
        Words.Of("the one ones option options number no nr and or plus both please pick choose take go with want like would " +
                 "id i ill we well say answer is it its let me us those these them that this my our just only"),
        StringComparer.Ordinal);

    // The 1-based positions, or null when the text is not a list of positions.
    public static IReadOnlyList<int>? Find(string text, int count)
    {
        // "1,3" reads as one decimal number; as a list it is "1, 3".
        var spaced = CommaBetweenDigits().Replace(text, ", ");
        var ordinals = FreeAnswerParser.ParseOrdinals(spaced, count);
        var found = ordinals.Count > 0
            ? ordinals.Select(ordinal => ((decimal)ordinal.Position, ordinal.Start, ordinal.Length)).ToArray()
            : FreeAnswerParser.ParseNumbers(spaced).ToArray();
        if (found.Length == 0 || found.Any(number => number.Item1 != decimal.Truncate(number.Item1)))
        {
            return null;
        }

        var rest = new StringBuilder(spaced);
        foreach (var (_, start, length) in found)
        {
            for (var i = start; i < start + length && i < rest.Length; i++)
            {
                rest[i] = ' ';
            }
        }

        return Words.Of(rest.ToString()).All(Filler.Contains)
            ? found.Select(number => (int)number.Item1).Distinct().ToArray()
            : null;
    }

    [GeneratedRegex(@"(?<=\d),(?=\d{1,2}\b)", RegexOptions.CultureInvariant)]
    private static partial Regex CommaBetweenDigits();
}
