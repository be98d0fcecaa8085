using SourcingBot.Conversations.Assessment.Reading;
using SourcingBot.Conversations.State;

namespace SourcingBot.Conversations.Dialogs;

// The summary before the result: "yes" shows the recommendation (a command), a named answer with a
// new value corrects it in place, a named answer alone is asked again.
internal sealed class ReviewDialog(DialogContext context)
{
    private static readonly string[] Refusals = ["no", "nope", "not quite", "wrong", "that s wrong", "not right", "something is wrong", "change something"];

    public DialogOutcome Handle(DialogState state, AssessmentProgress progress, string text, AssessmentDialog dialog)
    {
        var questionLike = Utterance.IsQuestionLike(text);
        var match = StepMatcher.Match(context.Assessment, text, context.Today);
        if (match is null && questionLike && dialog.Digression(text, questionLike: true) is { } answered)
        {
            return dialog.Resume(state, progress, answered, "Back to your summary:");
        }

        if (match is { Result.Answer: { } answer })
        {
            return dialog.Accept(state, AssessmentNavigator.Ask(progress, match.Step, AssessmentPhase.Correcting), match.Step, answer);
        }

        if (match is not null)
        {
            var correcting = AssessmentNavigator.Ask(progress, match.Step, AssessmentPhase.Correcting);
            return dialog.Resume(state, correcting, [], match.Result.Problem ?? "Sure — what should it be?");
        }

        if (Refusals.Contains(Utterance.Core(text), StringComparer.Ordinal))
        {
            return dialog.Resume(state, progress, [], "Which answer should I change? Name it, or use a button.");
        }

        if (dialog.Digression(text, questionLike) is { } digression)
        {
            return dialog.Resume(state, progress, digression, "Back to your summary:");
        }

        return dialog.Resume(state, progress, [],
            "Sorry, I didn't get that. Say **yes** to see the recommendation, or name the answer to change (e.g. *the budget is $300k*).");
    }
}
