using SourcingBot.Knowledge.Assessment;

namespace SourcingBot.Conversations.Assessment.Reading;

// The phrases that name a choice step's options: each option's value ("reduce-costs" as
// "reduce costs"), label and synonyms, tagged with the option's index.
internal static class ChoicePhrases
{
    public static PhraseFinder<int> For(AssessmentStep step)
    {
        var finder = new PhraseFinder<int>();
        for (var index = 0; index < step.Options.Count; index++)
        {
            var option = step.Options[index];
            finder.Add(option.Value, index).Add(option.Label, index);
            foreach (var synonym in option.Synonyms)
            {
                finder.Add(synonym, index);
            }
        }

        return finder;
    }

    // The options the words name, in the step's order.
    public static IReadOnlyList<StepOption> Mentioned(AssessmentStep step, IReadOnlyList<string> words) =>
        For(step).Find(words)
            .Select(hit => hit.Tag)
            .Distinct()
            .Order()
            .Select(index => step.Options[index])
            .ToArray();
}
