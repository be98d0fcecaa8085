using System.Globalization;
using SourcingBot.Conversations.Engine;
using SourcingBot.Conversations.State;
using SourcingBot.Conversations.Turns;
using SourcingBot.Knowledge.Assessment;

namespace SourcingBot.Conversations.Dialogs;

// The assessment's own messages: questions, the summary of answers, "why do you ask?" and help.
internal static class AssessmentReplies
{
    public static Reply Question(DialogContext context, AssessmentProgress progress, AssessmentStep step, string? lead = null)
    {
        var definition = context.Assessment;
        var position = AssessmentNavigator.Position(definition, step);
        var canSkip = step.Optional || progress.Failures >= 2 || progress.Phase != AssessmentPhase.Asking;
        var canGoBack = progress.History.Count > 0;
        var options = step.Options.Select(option => new ReplyAction(option.Label, ActionValues.AnswerStep(step.Id, option.Value))).ToArray();
        var current = progress.Answers.TryGetValue(step.Id, out var answer) ? $"\n\n*Your answer so far: {answer.Display}.*" : string.Empty;
        var hint = step.Kind == StepKind.MultipleChoice ? "\n\n*Pick one or more.*" : string.Empty;
        return new Reply
        {
            Kind = ReplyKind.Question,
            Title = string.Create(CultureInfo.InvariantCulture, $"Question {position} of {definition.Steps.Count}: {step.Label}"),
            Text = (lead is null ? string.Empty : lead + "\n\n") + step.Prompt + hint + current,
            Choices = options,
            Suggestions = Commands(canSkip, canGoBack, progress.Phase),
            Prompt = new ReplyPrompt(step.Id, step.Kind, options, step.Example, position, definition.Steps.Count, canSkip, canGoBack),
        };
    }

    public static Reply Summary(DialogContext context, AssessmentProgress progress, string? lead = null)
    {
        var rows = context.Assessment.Steps
            .Select(step => (IReadOnlyList<string>)[step.Label, progress.Answers.TryGetValue(step.Id, out var answer) ? answer.Display : "(skipped)"])
            .ToArray();
        var changes = context.Assessment.Steps
            .Select(step => new ReplyAction($"Change: {step.Label}", ActionValues.RunCommand(DialogCommand.Change, step.Id)));
        return new Reply
        {
            Kind = ReplyKind.Summary,
            Title = "Your answers",
            Text = (lead is null ? string.Empty : lead + "\n\n")
                + "Is this right? Say **yes** to see the recommendation, or tell me what to change "
                + "(for example *the budget is $300k* or *change the team size*).",
            Table = new ReplyTable(null, ["Question", "Your answer"], rows),
            Choices = changes.Prepend(new ReplyAction("Show my recommendation", ActionValues.RunCommand(DialogCommand.Confirm))).ToArray(),
            Suggestions = [Command("Back", DialogCommand.Back), Command("Cancel", DialogCommand.Cancel)],
        };
    }

    public static Reply Why(DialogContext context, AssessmentStep step) => new()
    {
        Kind = ReplyKind.Message,
        Title = $"Why I ask about {step.Label.ToLowerInvariant()}",
        Text = step.Why,
        Sources = step.SourceIds.Select(id => context.Knowledge.Sources.FirstOrDefault(source => source.Id == id))
            .OfType<Knowledge.Model.Source>()
            .Select(ReplyBuilder.Cite)
            .ToArray(),
        Suggestions = step.EntryIds.Select(context.Knowledge.FindEntry).OfType<Knowledge.Model.KnowledgeEntry>()
            .Select(entry => new ReplyAction(entry.Label, ActionValues.AskEntry(entry.Id)))
            .ToArray(),
    };

    public static Reply Help(AssessmentStep? step) => new()
    {
        Kind = ReplyKind.Message,
        Title = "How the assessment works",
        Text = (step is null
                ? "You're looking at the summary of your answers. Say **yes** to see the recommendation, or tell me which answer to change."
                : $"Answer in your own words{(step.Example is null ? string.Empty : $" (for example *{step.Example}*)")} or use the buttons. I'm expecting {step.Expected}.")
            + "\n\nYou can also say: **why** (why I ask), **back**, **skip**, **cancel**, **restart**, or **forget me** to erase your answers. "
            + "Ask a question about sourcing at any time; I'll answer it and come back to where we were.",
    };

    public static Reply Message(string text, params IReadOnlyList<ReplyAction> suggestions) => new()
    {
        Kind = ReplyKind.Message,
        Text = text,
        Suggestions = suggestions,
    };

    public static ReplyAction Command(string label, DialogCommand command) => new(label, ActionValues.RunCommand(command));

    public static ReplyAction Start => new("Get a recommendation", ActionValues.StartAssessment);

    private static ReplyAction[] Commands(bool canSkip, bool canGoBack, AssessmentPhase phase)
    {
        var commands = new List<ReplyAction> { Command("Why do you ask?", DialogCommand.Why) };
        if (canSkip)
        {
            commands.Add(Command(phase == AssessmentPhase.Asking ? "Skip" : "Leave it as it is", DialogCommand.Skip));
        }

        if (canGoBack)
        {
            commands.Add(Command("Back", DialogCommand.Back));
        }

        commands.Add(Command("Cancel", DialogCommand.Cancel));
        return commands.ToArray();
    }
}
