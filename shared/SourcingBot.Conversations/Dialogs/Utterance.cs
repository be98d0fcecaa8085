using System.Globalization;
using System.Text;

namespace SourcingBot.Conversations.Dialogs;

// A typed message reduced to lower-case words, to recognise commands and phrases whatever the punctuation.
internal static class Utterance
{
    private static readonly string[] Fillers =
    [
        "please", "pls", "ok", "okay", "so", "just", "can we", "could we", "can you", "could you", "let s", "lets",
        "i want to", "i d like to", "i would like to", "we want to", "i wanna", "now", "thanks", "thank you",
    ];

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var space = true;
        foreach (var c in text.Trim().ToLower(CultureInfo.InvariantCulture))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
                space = false;
            }
            else if (!space)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return builder.ToString().TrimEnd();
    }

    // The normalised text without polite fillers at either end ("ok, go back please" → "go back").
    public static string Core(string? text)
    {
        var words = Normalize(text);
        bool changed;
        do
        {
            changed = false;
            foreach (var filler in Fillers)
            {
                if (words.StartsWith(filler + " ", StringComparison.Ordinal))
                {
                    words = words[(filler.Length + 1)..];
                    changed = true;
                }
                else if (words.EndsWith(" " + filler, StringComparison.Ordinal))
                {
                    words = words[..^(filler.Length + 1)];
                    changed = true;
                }
            }
        }
        while (changed);
        return words;
    }

    // Whether the normalised text contains the normalised phrase as whole words.
    public static bool ContainsPhrase(string normalizedText, string phrase)
    {
        var wanted = Normalize(phrase);
        if (wanted.Length == 0)
        {
            return false;
        }

        var padded = " " + normalizedText + " ";
        return padded.Contains(" " + wanted + " ", StringComparison.Ordinal);
    }

    public static bool IsQuestionLike(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (text.TrimEnd().EndsWith('?'))
        {
            return true;
        }

        var words = Normalize(text);
        return QuestionOpenings.Any(opening => words.StartsWith(opening + " ", StringComparison.Ordinal));
    }

    private static readonly string[] QuestionOpenings =
    [
        "what", "whats", "what s", "how", "why", "when", "where", "who", "which", "is", "are", "can", "could", "does",
        "do", "should", "explain", "define", "tell me", "wait", "hold on", "compare", "difference",
    ];
}
