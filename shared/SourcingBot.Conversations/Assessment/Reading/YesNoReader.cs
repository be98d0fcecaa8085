using SourcingBot.Knowledge.Assessment;

namespace SourcingBot.Conversations.Assessment.Reading;

// Yes or no, also inside a sentence ("yes, we have clear service levels", "no, we only operate at home").
internal static class YesNoReader
{
    private const string SkipHint = "If you're not sure, say \"skip\" and I'll leave it out.";

    // Tags: true = yes, false = no, null = unsure. Longer phrases win, so "we do not" is no and "no idea" unsure.
    private static readonly PhraseFinder<bool?> Phrases = Build();

    public static ReadResult Read(string text)
    {
        var words = Words.Of(text);
        if (words.Count == 1 && words[0] is "y" or "n")
        {
            return Answer(words[0] == "y");
        }

        var hits = Phrases.Find(words);
        if (hits.Any(hit => hit.Tag is null))
        {
            return ReadResult.Rejected($"That's fine. {SkipHint}");
        }

        var readings = hits.Select(hit => hit.Tag!.Value).Distinct().ToArray();
        return readings.Length switch
        {
            0 => ReadResult.NotAnswer,
            1 => Answer(readings[0]),
            _ => ReadResult.Rejected($"I read both yes and no: which is it? {SkipHint}"),
        };
    }

    private static ReadResult Answer(bool yes) =>
        ReadResult.Read(new StepAnswer { Flag = yes, Display = yes ? "Yes" : "No" });

    private static PhraseFinder<bool?> Build()
    {
        var finder = new PhraseFinder<bool?>();
        foreach (var phrase in new[]
        {
            "yes", "yeah", "yep", "yup", "yea", "sure", "of course", "definitely", "we do", "we have", "we had", "we already have",
            "we are", "we want", "we wanted", "we would", "we will", "correct", "true", "absolutely", "i think so", "certainly",
            "indeed", "affirmative", "that is right", "thats right", "exactly",
        })
        {
            finder.Add(phrase, true);
        }

        foreach (var phrase in new[]
        {
            "no", "nope", "nah", "not really", "we dont", "we do not", "we didnt", "we did not", "we havent", "we have not",
            "we dont have", "we do not have", "we have no", "we had no", "we arent", "we are not", "we wont", "we will not",
            "we dont want", "we do not want", "we wouldnt", "we would not", "none", "never", "false", "not at all", "not yet",
            "i dont think so", "of course not", "definitely not", "absolutely not", "certainly not", "negative", "no we dont",
        })
        {
            finder.Add(phrase, false);
        }

        foreach (var phrase in new[]
        {
            "maybe", "not sure", "unsure", "dont know", "do not know", "no idea", "perhaps", "possibly", "it depends", "depends",
            "yes and no", "kind of", "sort of", "partly", "partially", "hard to say", "not certain",
        })
        {
            finder.Add(phrase, null);
        }

        return finder;
    }
}
