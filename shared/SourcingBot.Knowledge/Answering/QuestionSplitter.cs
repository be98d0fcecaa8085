using System.Text.RegularExpressions;

namespace SourcingBot.Knowledge.Answering;

// Splits a message that asks several questions: at sentence ends, and at "and"/"also" when a new
// question word follows ("what is X and how does Y work"). "between outsourcing and offshoring"
// stays whole because no question word follows the "and".
internal static partial class QuestionSplitter
{
    [GeneratedRegex(@"(?<=[?!])\s+|(?<=\.)\s+(?=[A-Z])|;\s*|,?\s+(?:and|also|plus|&)\s+(?:also\s+)?(?=(?:what|whats|what's|how|why|which|when|where|who|is|are|can|should|do|does|tell|explain|give|list)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();

    public static IReadOnlyList<string> Split(string text) =>
        Boundary().Split(text)
            .Select(part => part.Trim())
            .Where(part => part.Count(char.IsLetter) >= 6 && part.Contains(' ', StringComparison.Ordinal))
            .ToArray();
}
