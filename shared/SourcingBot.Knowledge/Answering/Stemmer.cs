namespace SourcingBot.Knowledge.Answering;

// A light English suffix stripper: enough to fold "outsourced", "outsourcing" and "outsource"
// (or "companies" and "company") onto one term without Porter's over-stemming of short words.
internal static class Stemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !char.IsLetter(word[^1]))
        {
            return word;
        }

        var stem = word;
        if (stem.EndsWith("ies", StringComparison.Ordinal) && stem.Length > 4)
        {
            stem = stem[..^3] + "i";
        }
        else if (stem.EndsWith("sses", StringComparison.Ordinal))
        {
            stem = stem[..^2];
        }
        else if (stem.EndsWith('s') && !stem.EndsWith("ss", StringComparison.Ordinal)
                 && !stem.EndsWith("us", StringComparison.Ordinal) && !stem.EndsWith("is", StringComparison.Ordinal))
        {
            stem = stem[..^1];
        }

        stem = StripFirst(stem, ("ency", "ent", 4), ("ancy", "ant", 4), ("ations", "at", 4), ("ation", "at", 4), ("ingly", "", 4), ("ing", "", 3),
            ("edly", "", 4), ("ed", "", 3), ("ly", "", 4), ("er", "", 4));
        if (stem.EndsWith('e') && stem.Length > 3)
        {
            stem = stem[..^1];
        }

        if (stem.EndsWith('y') && stem.Length > 3)
        {
            stem = stem[..^1] + "i";
        }

        return stem;
    }

    private static string StripFirst(string word, params ReadOnlySpan<(string Suffix, string Replacement, int MinimumStem)> rules)
    {
        foreach (var (suffix, replacement, minimumStem) in rules)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= minimumStem)
            {
                return word[..^suffix.Length] + replacement;
            }
        }

        return word;
    }
}
