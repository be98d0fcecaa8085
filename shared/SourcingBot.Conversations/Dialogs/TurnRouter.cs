using SourcingBot.Conversations.State;
using SourcingBot.Conversations.Turns;

namespace SourcingBot.Conversations.Dialogs;

// Decides what a turn is: "forget me" first, then the assessment in progress, then the start of an
// assessment, a what-if about the last result, or a question for the knowledge module. Pure: the
// same state and turn always give the same outcome.
internal sealed class TurnRouter(DialogContext context)
{
    private readonly AssessmentDialog _assessment = new(context);
    private readonly ResultDialog _results = new(context);
    private readonly QuestionDialog _questions = new(context);
    private readonly LeadDialog _leads = new(context);

    public DialogOutcome Handle(DialogState state, IncomingTurn turn)
    {
        var value = turn.Value is { Count: > 0 } given ? given : null;
        var clicked = value is null ? null : DialogCommands.Parse(value.GetValueOrDefault(ActionValues.CommandKey));
        var typed = value is null ? CommandRecognizer.Recognize(turn.Text) : null;
        if (clicked == DialogCommand.ForgetMe || typed == DialogCommand.ForgetMe)
        {
            return Forget();
        }

        if (state.Lead is { } lead)
        {
            return _leads.Continue(state, lead, turn.Text, clicked ?? typed);
        }

        if (clicked == DialogCommand.Expert || (value is null && state.Assessment is null && LeadDialog.IsRequest(turn.Text)))
        {
            return _leads.Start(state);
        }

        if (!context.CanAssess)
        {
            return new DialogOutcome(DialogState.Empty, Questions(turn, value));
        }

        if (state.Assessment is not null)
        {
            return _assessment.Continue(state, turn);
        }

        if (value is not null)
        {
            return Clicked(state, value, clicked, turn);
        }

        var text = turn.Text ?? string.Empty;
        switch (typed)
        {
            case DialogCommand.Restart:
                return _assessment.Start(state, text: null);
            case DialogCommand.Summary:
                return _results.Summary(state);
            case DialogCommand.Cancel or DialogCommand.Back or DialogCommand.Skip or DialogCommand.Why:
                return NothingInProgress(state);
        }

        if (IsTrigger(text))
        {
            return _assessment.Start(state, text);
        }

        return _results.TryWhatIf(state, text) ?? new DialogOutcome(state, _questions.AnswerText(text));
    }

    private DialogOutcome Clicked(DialogState state, IReadOnlyDictionary<string, string> value, DialogCommand? command, IncomingTurn turn)
    {
        switch (value.GetValueOrDefault(ActionValues.ActionKey))
        {
            case ActionValues.Assess:
                return _assessment.Start(state, text: null);
            case ActionValues.Command when command is DialogCommand.Restart:
                return _assessment.Start(state, text: null);
            case ActionValues.Command when command is DialogCommand.Summary:
                return _results.Summary(state);
            case ActionValues.Command or ActionValues.Answer:
                return NothingInProgress(state);
            default:
                return new DialogOutcome(state, Questions(turn, value));
        }
    }

    private IReadOnlyList<Reply> Questions(IncomingTurn turn, IReadOnlyDictionary<string, string>? value) =>
        value is null ? _questions.AnswerText(turn.Text ?? string.Empty) : _questions.Clicked(value, turn.Text);

    private bool IsTrigger(string text)
    {
        var normalized = Utterance.Normalize(text);
        return context.Assessment.Triggers.Any(trigger => Utterance.ContainsPhrase(normalized, trigger));
    }

    private static DialogOutcome NothingInProgress(DialogState state) =>
        new(state, [AssessmentReplies.Message(
            "We're not in the middle of an assessment right now. Ask me anything about sourcing, or let me recommend a strategy for your company.",
            AssessmentReplies.Start)]);

    private static DialogOutcome Forget() =>
        new(DialogState.Empty, [AssessmentReplies.Message(
            "Done: I've erased everything stored about this conversation — your answers, your last recommendation and any contact details you left. We can start afresh whenever you like.",
            AssessmentReplies.Start)], Forget: true);
}
