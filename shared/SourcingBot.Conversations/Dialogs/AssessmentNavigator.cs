using SourcingBot.Conversations.State;
using SourcingBot.Knowledge.Assessment;

namespace SourcingBot.Conversations.Dialogs;

// Moves through the questions: the next one is the first in order that is neither answered nor skipped,
// so answers given early (or volunteered) are never asked again.
internal static class AssessmentNavigator
{
    public static AssessmentStep? NextStep(AssessmentDefinition definition, AssessmentProgress progress) =>
        definition.Steps.FirstOrDefault(step => !progress.Answers.ContainsKey(step.Id) && !progress.Skipped.Contains(step.Id));

    // Begins with what is already known; reviewing straight away if nothing is left to ask.
    public static AssessmentProgress Begin(AssessmentDefinition definition, IReadOnlyDictionary<string, StepAnswer> known)
    {
        var progress = new AssessmentProgress { Answers = Copy(known) };
        return MoveOn(definition, progress);
    }

    public static AssessmentProgress Record(AssessmentDefinition definition, AssessmentProgress progress, AssessmentStep step, StepAnswer answer)
    {
        var answers = Copy(progress.Answers);
        answers[step.Id] = answer;
        return MoveOn(definition, Visited(progress, step) with
        {
            Answers = answers,
            Skipped = progress.Skipped.Where(id => id != step.Id).ToArray(),
        });
    }

    public static AssessmentProgress Skip(AssessmentDefinition definition, AssessmentProgress progress, AssessmentStep step)
    {
        var answers = Copy(progress.Answers);
        answers.Remove(step.Id);
        return MoveOn(definition, Visited(progress, step) with
        {
            Answers = answers,
            Skipped = progress.Skipped.Where(id => id != step.Id).Append(step.Id).ToArray(),
        });
    }

    // Back to the question asked before the current one; null when there is none.
    public static AssessmentProgress? Back(AssessmentProgress progress)
    {
        if (progress.History.Count == 0)
        {
            return null;
        }

        return progress with
        {
            Phase = AssessmentPhase.Asking,
            StepId = progress.History[^1],
            History = progress.History.Take(progress.History.Count - 1).ToArray(),
            Failures = 0,
        };
    }

    public static AssessmentProgress Ask(AssessmentProgress progress, AssessmentStep step, AssessmentPhase phase) =>
        progress with { Phase = phase, StepId = step.Id, Failures = 0 };

    public static AssessmentProgress Review(AssessmentProgress progress) =>
        progress with { Phase = AssessmentPhase.Reviewing, StepId = null, Failures = 0 };

    public static int Position(AssessmentDefinition definition, AssessmentStep step) =>
        definition.Steps.Select((s, index) => (s, index)).First(pair => pair.s.Id == step.Id).index + 1;

    // Asks the next open question, or reviews when none is left.
    public static AssessmentProgress MoveOn(AssessmentDefinition definition, AssessmentProgress progress) =>
        NextStep(definition, progress) is { } next
            ? progress with { Phase = AssessmentPhase.Asking, StepId = next.Id, Failures = 0 }
            : Review(progress);

    private static AssessmentProgress Visited(AssessmentProgress progress, AssessmentStep step) =>
        progress.Phase == AssessmentPhase.Asking && progress.StepId == step.Id && (progress.History.Count == 0 || progress.History[^1] != step.Id)
            ? progress with { History = progress.History.Append(step.Id).ToArray() }
            : progress;

    private static Dictionary<string, StepAnswer> Copy(IReadOnlyDictionary<string, StepAnswer> answers) =>
        answers.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
}
