namespace SourcingBot.Knowledge.Answering;

/// <summary>
/// Reduces a question to the words that carry its meaning, as the answerer sees them: lower case, stop words
/// dropped, stemmed, sorted and deduplicated. Questions asked in different words and word orders
/// ("risks of nearshoring?", "What are the nearshoring risks") get the same key, so they can be grouped.
/// </summary>
public static class QuestionKey
{
    private static readonly char[] Trimmed = ['?', '!', '.', ',', ';', ':', '"', '(', ')', '[', ']', '*', '“', '”', '\'', '’'];

    /// <summary>The key of <paramref name="question"/>; empty when it has no meaningful word.</summary>
    public static string For(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var terms = question.Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.ToLowerInvariant().Trim(Trimmed))
            .Where(word => word.Length > 0 && !StopWords.Contains(word))
            .Select(Stemmer.Stem)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return string.Join(' ', terms);
    }
}
