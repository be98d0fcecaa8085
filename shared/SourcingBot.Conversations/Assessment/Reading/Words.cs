using System.Globalization;
using System.Text;

namespace SourcingBot.Conversations.Assessment.Reading;

// Splits text into the words answers are matched on: lower case, without accents or apostrophes
// ("São Paulo" = "sao paulo", "don't" = "dont"), punctuation as a break, and a light plural
// tolerance ("costs" = "cost", "companies" = "company") applied alike to answers and phrases.
internal static class Words
{
    public static IReadOnlyList<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in Plain(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (c is not ('\'' or '\u2019'))
            {
                Flush(word, words);
            }
        }

        Flush(word, words);
        return words;
    }

    private static void Flush(StringBuilder word, List<string> words)
    {
        if (word.Length > 0)
        {
            words.Add(Stem(word.ToString()));
            word.Clear();
        }
    }

    private static string Stem(string word) => word switch
    {
        { Length: > 4 } when word.EndsWith("ies", StringComparison.Ordinal) => word[..^3] + "y",
        { Length: > 3 } when word[^1] == 's' && word[^2] != 's' => word[..^1],
        _ => word,
    };

    private static string Plain(string text)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            switch (c)
            {
                case 'ł':
                    plain.Append('l');
                    break;
                case 'ø':
                    plain.Append('o');
                    break;
                case 'ß':
                    plain.Append("ss");
                    break;
                case 'æ':
                    plain.Append("ae");
                    break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        plain.Append(c);
                    }

                    break;
            }
        }

        return plain.ToString();
    }
}
