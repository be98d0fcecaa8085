using SourcingBot.Knowledge.Assessment;

namespace SourcingBot.Conversations.Assessment.Reading;

/// <summary>
/// Finds the step a correction or what-if is about ("what if our budget were $100k?", "change the timeline
/// to 6 months", "we're actually in Chicago") and reads the text as that step's answer.
/// </summary>
public static class StepMatcher
{
    /// <summary>
    /// The step the text names by keyword or label, the most and longest hits winning, read with that step's
    /// reader; failing that, the one step whose options (by label or synonym, whole phrases only) or place
    /// the text names. Null when no step, or more than one, fits.
    /// </summary>
    public static StepMatch? Match(AssessmentDefinition definition, string text, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(text);
        var named = NamedSteps(definition, text);
        if (named.Count == 1)
        {
            return new StepMatch(named[0], AnswerReader.Read(named[0], text, today));
        }

        if (named.Count > 1)
        {
            // Equally named steps: the one the text answers, if only one does.
            var answered = named
                .Select(step => new StepMatch(step, AnswerReader.Read(step, text, today)))
                .Where(match => match.Result.IsAnswer)
                .ToArray();
            return answered.Length == 1 ? answered[0] : null;
        }

        var mentioned = MentionedSteps(definition, text);
        return mentioned.Count == 1 ? mentioned[0] : null;
    }

    /// <summary>
    /// The step the text names by keyword or label ("change the budget"), the most and longest hits winning;
    /// null when none does or two are named equally.
    /// </summary>
    public static AssessmentStep? FindStep(AssessmentDefinition definition, string text)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(text);
        var named = NamedSteps(definition, text);
        return named.Count == 1 ? named[0] : null;
    }

    // The steps with the best keyword score: most hits, then most words. Keywords of all steps compete,
    // so "own the team" (ownership) hides "team" (team size), and so do option phrases: in "cut costs"
    // (a goal) the budget's keyword "cost" does not count.
    private static List<AssessmentStep> NamedSteps(AssessmentDefinition definition, string text)
    {
        var finder = new PhraseFinder<(int Index, bool IsKeyword)>();
        for (var index = 0; index < definition.Steps.Count; index++)
        {
            var step = definition.Steps[index];
            finder.Add(step.Label, (index, true));
            foreach (var keyword in step.Keywords)
            {
                finder.Add(keyword, (index, true));
            }

            foreach (var phrase in OptionPhrases(step))
            {
                finder.Add(phrase, (index, false));
            }
        }

        var scores = finder.Find(text)
            .Where(hit => hit.Tag.IsKeyword)
            .GroupBy(hit => hit.Tag.Index)
            .Select(group => (Index: group.Key, Hits: group.Count(), Words: group.Sum(hit => hit.Length)))
            .ToArray();
        if (scores.Length == 0)
        {
            return [];
        }

        var best = scores.Max(score => (score.Hits, score.Words));
        return scores
            .Where(score => (score.Hits, score.Words) == best)
            .OrderBy(score => score.Index)
            .Select(score => definition.Steps[score.Index])
            .ToList();
    }

    // Steps whose options or place the text names, strictly. Options of all choice steps compete, so
    // "customer support" (kind of work) hides "support" (a support function).
    private static List<StepMatch> MentionedSteps(AssessmentDefinition definition, string text)
    {
        var options = new PhraseFinder<int>();
        for (var index = 0; index < definition.Steps.Count; index++)
        {
            foreach (var phrase in OptionPhrases(definition.Steps[index]))
            {
                options.Add(phrase, index);
            }
        }

        var matches = options.Find(text)
            .Select(hit => hit.Tag)
            .Distinct()
            .Order()
            .Select(index => new StepMatch(definition.Steps[index], AnswerReader.ReadMentioned(definition.Steps[index], text)))
            .ToList();
        foreach (var step in definition.Steps.Where(step => step.Kind == StepKind.TimeZone))
        {
            var result = AnswerReader.ReadMentioned(step, text);
            if (result.IsAnswer || result.Problem is not null)
            {
                matches.Add(new StepMatch(step, result));
            }
        }

        return matches;
    }

    private static IEnumerable<string> OptionPhrases(AssessmentStep step) =>
        step.Kind is StepKind.SingleChoice or StepKind.MultipleChoice
            ? step.Options.SelectMany(option => option.Synonyms.Prepend(option.Label).Prepend(option.Value))
            : [];
}
