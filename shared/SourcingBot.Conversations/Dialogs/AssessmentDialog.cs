using SourcingBot.Conversations.Assessment.Reading;
using SourcingBot.Conversations.State;
using SourcingBot.Conversations.Turns;
using SourcingBot.Knowledge.Assessment;

namespace SourcingBot.Conversations.Dialogs;

// Runs an assessment in progress: reads answers, handles commands at every step, answers digressions
// and resumes, and hands over to the summary and the recommendation.
internal sealed class AssessmentDialog(DialogContext context)
{
    private const int FailuresBeforeMovingOn = 3;

    private readonly QuestionDialog _questions = new(context);
    private readonly ReviewDialog _review = new(context);
    private readonly ResultDialog _results = new(context);

    private AssessmentDefinition Definition => context.Assessment;

    public DialogOutcome Start(DialogState state, string? text, string? lead = null)
    {
        var known = new Dictionary<string, StepAnswer>(StringComparer.Ordinal);
        foreach (var step in Definition.Steps.Where(step => step.FromFirstMessage && !string.IsNullOrWhiteSpace(text)))
        {
            if (AnswerReader.ReadMentioned(step, text!).Answer is { } answer)
            {
                known[step.Id] = answer;
            }
        }

        var noted = known.Count == 0
            ? string.Empty
            : "\n\nFrom your message I noted: " + string.Join("; ", Definition.Steps.Where(s => known.ContainsKey(s.Id)).Select(s => $"**{s.Label}:** {known[s.Id].Display}"))
              + ". You can change that in the summary at the end.";
        var progress = AssessmentNavigator.Begin(Definition, known);
        var shared = context.Scope == ConversationScope.Shared
            ? "\n\n**Everyone in this conversation can read your answers.** For budgets and other private details, continue in a private chat with me."
            : string.Empty;
        var intro = new Reply
        {
            Kind = ReplyKind.Message,
            Title = "Let's find the right sourcing strategy",
            Text = (lead is null ? string.Empty : lead + "\n\n") + Definition.Intro.Trim() + noted + shared,
            Suggestions = context.Scope == ConversationScope.Shared ? [new ReplyAction("Continue privately", ActionValues.ContinuePrivately)] : [],
        };
        return new DialogOutcome(state with { Assessment = progress }, [intro, Prompt(progress)]);
    }

    public DialogOutcome Continue(DialogState state, IncomingTurn turn)
    {
        var progress = Repair(state.Assessment!);
        state = state with { Assessment = progress };
        if (turn.Value is { Count: > 0 } value)
        {
            return Clicked(state, progress, value, turn.Text);
        }

        var text = turn.Text ?? string.Empty;
        var command = CommandRecognizer.Recognize(text);
        if (command is { } typed && Applies(typed, progress))
        {
            return Command(state, progress, typed, stepId: null);
        }

        if (context.Assessment.Triggers.Any(trigger => Utterance.ContainsPhrase(Utterance.Normalize(text), trigger)) && !Utterance.IsQuestionLike(text))
        {
            return Resume(state, progress, [], "We're in the middle of the assessment already — here's where we were:");
        }

        return progress.Phase == AssessmentPhase.Reviewing
            ? _review.Handle(state, progress, text, this)
            : Answer(state, progress, Current(progress), text);
    }

    // The reply that asks what comes next: the current question, or the summary.
    public Reply Prompt(AssessmentProgress progress, string? lead = null) =>
        progress.Phase == AssessmentPhase.Reviewing || progress.StepId is null || Definition.FindStep(progress.StepId) is not { } step
            ? AssessmentReplies.Summary(context, progress, lead)
            : AssessmentReplies.Question(context, progress, step, lead);

    public DialogOutcome Resume(DialogState state, AssessmentProgress progress, IEnumerable<Reply> before, string lead) =>
        new(state with { Assessment = progress }, before.Append(Prompt(progress, lead)).ToArray());

    public DialogOutcome Command(DialogState state, AssessmentProgress progress, DialogCommand command, string? stepId)
    {
        var step = progress.StepId is null ? null : Definition.FindStep(progress.StepId);
        switch (command)
        {
            case DialogCommand.Help:
                return Resume(state, progress, [AssessmentReplies.Help(progress.Phase == AssessmentPhase.Reviewing ? null : step)], "So:");
            case DialogCommand.Why when step is not null && progress.Phase != AssessmentPhase.Reviewing:
                return Resume(state, progress, [AssessmentReplies.Why(context, step)], "So:");
            case DialogCommand.Why:
                return Resume(state, progress, [AssessmentReplies.Message(
                    "I show every answer before recommending so you can check them: one wrong answer can change the result.")], "Here they are again:");
            case DialogCommand.Back:
                return Back(state, progress);
            case DialogCommand.Skip:
                return Skip(state, progress, step);
            case DialogCommand.Cancel when progress.Phase == AssessmentPhase.WhatIf:
                return new DialogOutcome(state with { Assessment = null }, [AssessmentReplies.Message(
                    "OK, the recommendation stays as it was.", AssessmentReplies.Command("Copy the summary", DialogCommand.Summary))]);
            case DialogCommand.Cancel:
                return new DialogOutcome(state with { Assessment = null }, [AssessmentReplies.Message(
                    "Assessment cancelled; I've discarded its answers. Ask me anything about sourcing, or start again whenever you like.",
                    AssessmentReplies.Start)]);
            case DialogCommand.Restart:
                return Start(state with { Assessment = null }, text: null, lead: "Starting again from the first question.");
            case DialogCommand.Confirm:
                return progress.Phase == AssessmentPhase.WhatIf && step is not null
                    ? Resume(state, progress, [], "Tell me the new answer first:")
                    : _results.Recommend(state, progress.Answers);
            case DialogCommand.Change when stepId is not null && Definition.FindStep(stepId) is { } target:
                return Resume(state, AssessmentNavigator.Ask(progress, target, AssessmentPhase.Correcting), [], "Sure — what should it be?");
            case DialogCommand.Change:
                return Resume(state, AssessmentNavigator.Review(progress), [], "Which answer would you like to change?");
            case DialogCommand.Summary:
                return Resume(state, progress, [AssessmentReplies.Summary(context, progress) with { Choices = [] }], "To carry on:");
            default:
                return Resume(state, progress, [], "Let's carry on:");
        }
    }

    // A knowledge question in the middle of the assessment: answer it, then come back to the same place.
    // A message not phrased as a question only counts when it asks for a comparison: short unreadable
    // answers ("well, mostly") too easily look like a keyword search.
    public IReadOnlyList<Reply>? Digression(string text, bool questionLike)
    {
        var replies = _questions.AnswerText(text);
        var accepted = questionLike
            ? replies.Any(reply => reply.Kind is ReplyKind.Answer or ReplyKind.Comparison or ReplyKind.DidYouMean
                || (reply.Kind == ReplyKind.Message && reply.Confidence >= 0.5))
            : replies.Any(reply => reply.Kind == ReplyKind.Comparison);
        return accepted ? replies.Where(reply => reply.Kind != ReplyKind.Decline).ToArray() : null;
    }

    private DialogOutcome Answer(DialogState state, AssessmentProgress progress, AssessmentStep step, string text)
    {
        var questionLike = Utterance.IsQuestionLike(text);
        if (questionLike && Digression(text, questionLike: true) is { } answered)
        {
            return Resume(state, progress, answered, "Back to the assessment — here's where we were:");
        }

        var read = AnswerReader.Read(step, text, context.Today);
        if (read.Answer is { } answer)
        {
            return Accept(state, progress, step, answer);
        }

        if (read.Problem is null && !questionLike && Digression(text, questionLike: false) is { } digression)
        {
            return Resume(state, progress, digression, "Back to the assessment — here's where we were:");
        }

        return Failed(state, progress, step, read.Problem);
    }

    public DialogOutcome Accept(DialogState state, AssessmentProgress progress, AssessmentStep step, StepAnswer answer)
    {
        if (progress.Phase == AssessmentPhase.WhatIf)
        {
            return _results.WhatIf(state with { Assessment = null }, step, answer);
        }

        var next = AssessmentNavigator.Record(Definition, progress, step, answer);
        var lead = progress.Phase == AssessmentPhase.Correcting ? $"Updated: **{step.Label}** is now {answer.Display}." : $"Noted: {answer.Display}.";
        return new DialogOutcome(state with { Assessment = next }, [Prompt(next, lead)]);
    }

    private DialogOutcome Failed(DialogState state, AssessmentProgress progress, AssessmentStep step, string? problem)
    {
        var failures = progress.Failures + 1;
        if (failures >= FailuresBeforeMovingOn)
        {
            if (progress.Phase != AssessmentPhase.Asking)
            {
                var back = progress.Phase == AssessmentPhase.WhatIf ? null : AssessmentNavigator.Review(progress);
                var message = $"I still couldn't read that, so I've left **{step.Label}** as it was.";
                return back is null
                    ? new DialogOutcome(state with { Assessment = null }, [AssessmentReplies.Message(message + " The recommendation stays as it was.")])
                    : new DialogOutcome(state with { Assessment = back }, [Prompt(back, message)]);
            }

            var skipped = AssessmentNavigator.Skip(Definition, progress, step);
            return new DialogOutcome(state with { Assessment = skipped }, [Prompt(skipped,
                $"I still couldn't read that, so I've left **{step.Label}** out for now; the recommendation will work without it, and you can add it in the summary at the end.")]);
        }

        var lead = (problem ?? $"Sorry, I couldn't read that as an answer. I'm expecting {step.Expected}.")
            + (failures == FailuresBeforeMovingOn - 1 ? " If you'd rather not answer, say **skip**." : string.Empty);
        var retry = progress with { Failures = failures };
        return new DialogOutcome(state with { Assessment = retry }, [Prompt(retry, lead)]);
    }

    private DialogOutcome Back(DialogState state, AssessmentProgress progress)
    {
        if (progress.Phase is AssessmentPhase.Correcting)
        {
            return Resume(state, AssessmentNavigator.Review(progress), [], "Back to your summary:");
        }

        if (progress.Phase is AssessmentPhase.WhatIf)
        {
            return Command(state, progress, DialogCommand.Cancel, null);
        }

        return AssessmentNavigator.Back(progress) is { } previous
            ? Resume(state, previous, [], "Going back one question.")
            : Resume(state, progress, [], "This is the first question, so there's nothing to go back to.");
    }

    private DialogOutcome Skip(DialogState state, AssessmentProgress progress, AssessmentStep? step)
    {
        if (step is null || progress.Phase == AssessmentPhase.Reviewing)
        {
            return Resume(state, progress, [], "There's no question to skip here.");
        }

        if (progress.Phase == AssessmentPhase.Correcting)
        {
            return Resume(state, AssessmentNavigator.Review(progress), [], $"I've left **{step.Label}** as it was.");
        }

        if (progress.Phase == AssessmentPhase.WhatIf)
        {
            return Command(state, progress, DialogCommand.Cancel, null);
        }

        if (!step.Optional && progress.Failures < 2)
        {
            var pressed = progress with { Failures = progress.Failures + 1 };
            return Resume(state, pressed, [], $"This answer weighs a lot in the recommendation, so a rough answer helps. {step.Why} If you really can't say, say **skip** again.");
        }

        var next = AssessmentNavigator.Skip(Definition, progress, step);
        return new DialogOutcome(state with { Assessment = next }, [Prompt(next, $"Skipped **{step.Label}**.")]);
    }

    private DialogOutcome Clicked(DialogState state, AssessmentProgress progress, IReadOnlyDictionary<string, string> value, string? text)
    {
        switch (value.GetValueOrDefault(ActionValues.ActionKey))
        {
            case ActionValues.Answer:
                return ClickedAnswer(state, progress, value);
            case ActionValues.Command when DialogCommands.Parse(value.GetValueOrDefault(ActionValues.CommandKey)) is { } command:
                return Command(state, progress, command, value.GetValueOrDefault(ActionValues.StepKey));
            case ActionValues.Assess:
                return Resume(state, progress, [], "We're in the middle of the assessment already — here's where we were:");
            default:
                var replies = _questions.Clicked(value, text);
                return Resume(state, progress, replies, "Back to the assessment — here's where we were:");
        }
    }

    private DialogOutcome ClickedAnswer(DialogState state, AssessmentProgress progress, IReadOnlyDictionary<string, string> value)
    {
        var step = Definition.FindStep(value.GetValueOrDefault(ActionValues.StepKey) ?? string.Empty);
        var chosen = (value.GetValueOrDefault(ActionValues.OptionsKey) ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (step is null || step.Options.Count == 0 || chosen.Length == 0 || chosen.Any(option => step.FindOption(option) is null))
        {
            return Resume(state, progress, [], "That button has expired. Here's where we are:");
        }

        var options = step.Options.Where(option => chosen.Contains(option.Value, StringComparer.Ordinal)).ToArray();
        if (step.Kind == StepKind.SingleChoice && options.Length > 1)
        {
            return Resume(state, progress, [], $"Pick just one for **{step.Label}**:");
        }

        if (options.Length > 1 && options.FirstOrDefault(option => option.Exclusive) is { } exclusive)
        {
            return Resume(state, progress, [], $"\"{exclusive.Label}\" can't be combined with other options; pick again:");
        }

        var answer = new StepAnswer { Options = options.Select(o => o.Value).ToArray(), Display = string.Join(", ", options.Select(o => o.Label)) };

        // A button of an earlier question still counts: it is the user's explicit answer to that question.
        var basis = progress.Phase == AssessmentPhase.Reviewing ? AssessmentNavigator.Ask(progress, step, AssessmentPhase.Correcting) : progress;
        return Accept(state, basis, step, answer);
    }

    private AssessmentStep Current(AssessmentProgress progress) => Definition.FindStep(progress.StepId!)!;

    // Commands that mean something here; "yes" is an answer while a question is open, a confirmation only on the summary.
    private static bool Applies(DialogCommand command, AssessmentProgress progress) =>
        command != DialogCommand.Confirm || progress.Phase == AssessmentPhase.Reviewing;

    // The knowledge may have changed since the last turn: forget answers to steps that no longer exist.
    private AssessmentProgress Repair(AssessmentProgress progress)
    {
        var answers = progress.Answers.Where(pair => Definition.FindStep(pair.Key) is not null)
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        var repaired = progress with
        {
            Answers = answers,
            History = progress.History.Where(id => Definition.FindStep(id) is not null).ToArray(),
            Skipped = progress.Skipped.Where(id => Definition.FindStep(id) is not null).ToArray(),
        };
        return repaired.Phase != AssessmentPhase.Reviewing && (repaired.StepId is null || Definition.FindStep(repaired.StepId) is null)
            ? AssessmentNavigator.MoveOn(Definition, repaired)
            : repaired;
    }
}
