using SourcingBot.Knowledge.Assessment;

namespace SourcingBot.Conversations.Assessment.Reading;

// Any text, trimmed, up to a length a summary can still show.
internal static class FreeTextReader
{
    public const int MaximumLength = 500;

    public static ReadResult Read(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return ReadResult.NotAnswer;
        }

        return trimmed.Length > MaximumLength
            ? ReadResult.Rejected($"That's a bit long; could you say it in at most {MaximumLength} characters?")
            : ReadResult.Read(new StepAnswer { Text = trimmed, Display = trimmed });
    }
}
