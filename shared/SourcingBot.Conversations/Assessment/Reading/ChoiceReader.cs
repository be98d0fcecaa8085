using SourcingBot.Knowledge.Assessment;

namespace SourcingBot.Conversations.Assessment.Reading;

// Single and multiple choice: options by value, label or synonym ("cost and talent"), by position
// ("2", "first and third"), or "all of them" for a multiple choice.
internal static class ChoiceReader
{
    private static readonly PhraseFinder<bool> All = new PhraseFinder<bool>()
        .Add("all", true).Add("all of them", true).Add("all of the above", true).Add("all of these", true)
        .Add("all options", true).Add("all the options", true).Add("every option", true).Add("everything", true)
        .Add("each of them", true).Add("every one of them", true);

    private static readonly HashSet<string> AllFiller = new(
        Words.Of("i we d ll would like want pick choose take go with please of them the above these options yes well basically really"),
        StringComparer.Ordinal);

    public static ReadResult Read(AssessmentStep step, string text)
    {
        var words = Words.Of(text);
        var mentioned = ChoicePhrases.Mentioned(step, words);
        if (mentioned.Count > 0)
        {
            return Choose(step, mentioned);
        }

        if (IsAll(words))
        {
            return step.Kind == StepKind.MultipleChoice
                ? Choose(step, step.Options.Where(option => !option.Exclusive).ToArray())
                : PickOne(step.Options);
        }

        var positions = ChoicePositions.Find(text, step.Options.Count);
        if (positions is null)
        {
            return ReadResult.NotAnswer;
        }

        if (positions.Any(position => position < 1 || position > step.Options.Count))
        {
            return ReadResult.Rejected($"There are {step.Options.Count} options; pick a number from 1 to {step.Options.Count}.");
        }

        return Choose(step, positions.Order().Select(position => step.Options[position - 1]).ToArray());
    }

    // Strict: only options named by value, label or synonym count; numbers and ordinals do not.
    public static ReadResult ReadMentioned(AssessmentStep step, string text)
    {
        var mentioned = ChoicePhrases.Mentioned(step, Words.Of(text));
        return mentioned.Count == 0 ? ReadResult.NotAnswer : Choose(step, mentioned);
    }

    private static ReadResult Choose(AssessmentStep step, IReadOnlyList<StepOption> options)
    {
        if (options.Count == 0)
        {
            return ReadResult.NotAnswer;
        }

        if (options.Count > 1 && options.FirstOrDefault(option => option.Exclusive) is { } exclusive)
        {
            var others = options.Where(option => option != exclusive).Select(option => option.Label).ToArray();
            return ReadResult.Rejected(
                $"\"{exclusive.Label}\" can't be combined with other answers: is it \"{exclusive.Label}\" alone, or {Quoted(others)}?");
        }

        if (options.Count > 1 && step.Kind == StepKind.SingleChoice)
        {
            return PickOne(options);
        }

        return ReadResult.Read(new StepAnswer
        {
            Options = options.Select(option => option.Value).ToArray(),
            Display = string.Join(", ", options.Select(option => option.Label)),
        });
    }

    private static ReadResult PickOne(IReadOnlyList<StepOption> options) =>
        ReadResult.Rejected($"Pick one: {NumberText.OrList(options.Select(option => option.Label).ToArray())}?");

    private static string Quoted(IReadOnlyList<string> labels) =>
        string.Join(" and ", labels.Select(label => $"\"{label}\""));

    // "all", "all of them", "everything", with nothing else but small words around.
    private static bool IsAll(IReadOnlyList<string> words)
    {
        var hits = All.Find(words);
        if (hits.Count == 0)
        {
            return false;
        }

        return words
            .Where((_, index) => !hits.Any(hit => index >= hit.Start && index < hit.End))
            .All(AllFiller.Contains);
    }
}
