using SourcingBot.Conversations.Assessment.Reading;
using SourcingBot.Conversations.State;
using SourcingBot.Knowledge.Assessment;
using SourcingBot.Knowledge.Recommending;

namespace SourcingBot.Conversations.Dialogs;

// The recommendation and what follows it: what-ifs that change one answer, and the copyable summary.
internal sealed class ResultDialog(DialogContext context)
{
    private static readonly string[] WhatIfCues =
    [
        "what if", "what about if", "suppose", "supposing", "let s say", "say our", "say we", "imagine", "if our", "if we", "if the",
        "change the", "change our", "change my", "make the", "make it", "actually", "instead", "what would happen if", "how about if",
    ];

    public DialogOutcome Recommend(DialogState state, IReadOnlyDictionary<string, StepAnswer> answers)
    {
        var recommendation = Run(answers);
        var stored = answers.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        var hint = AssessmentReplies.Message(
            "Want to test a different answer? Ask, for example, *what if our budget were $100k?* or *change the timeline to 6 months*.");
        return new DialogOutcome(state with { Assessment = null, LastAnswers = stored }, [RecommendationReplies.Result(context, recommendation), hint]);
    }

    // A what-if after a result: the changed answer's recommendation and what changed. Null when the text is not one.
    public DialogOutcome? TryWhatIf(DialogState state, string text)
    {
        if (state.LastAnswers is null)
        {
            return null;
        }

        var normalized = Utterance.Normalize(text);
        var cued = WhatIfCues.Any(cue => normalized.StartsWith(Utterance.Normalize(cue) + " ", StringComparison.Ordinal))
            || Utterance.ContainsPhrase(normalized, "what if");
        var match = StepMatcher.Match(context.Assessment, text, context.Today);
        if (match is { Result.Answer: { } answer } && (cued || !Utterance.IsQuestionLike(text)))
        {
            return WhatIf(state, match.Step, answer);
        }

        if (match is not null && cued)
        {
            var progress = new AssessmentProgress
            {
                Phase = AssessmentPhase.WhatIf,
                StepId = match.Step.Id,
                Answers = state.LastAnswers,
            };
            var lead = match.Result.Problem ?? $"What would the new **{match.Step.Label.ToLowerInvariant()}** be?";
            return new DialogOutcome(state with { Assessment = progress }, [AssessmentReplies.Question(context, progress, match.Step, lead)]);
        }

        return cued && Utterance.ContainsPhrase(normalized, "what if")
            ? new DialogOutcome(state, [AssessmentReplies.Message(
                "Tell me which answer to change and its new value, for example *what if our budget were $100k?*, *what if we needed daily real-time collaboration?* or *change the timeline to 6 months*.")])
            : null;
    }

    public DialogOutcome WhatIf(DialogState state, AssessmentStep step, StepAnswer answer)
    {
        var before = state.LastAnswers ?? new Dictionary<string, StepAnswer>(StringComparer.Ordinal);
        var after = before.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        after[step.Id] = answer;
        var previous = Run(before);
        var current = Run(after);
        var change = current.CompareWith(previous);
        return new DialogOutcome(
            state with { Assessment = null, LastAnswers = after },
            [RecommendationReplies.Change(change), RecommendationReplies.Result(context, current)]);
    }

    public DialogOutcome Summary(DialogState state) =>
        state.LastAnswers is null
            ? new DialogOutcome(state, [AssessmentReplies.Message(
                "There's no recommendation to summarise yet. Answer a few questions and I'll recommend a strategy.", AssessmentReplies.Start)])
            : new DialogOutcome(state, [RecommendationReplies.Markdown(Run(state.LastAnswers))]);

    private Recommendation Run(IReadOnlyDictionary<string, StepAnswer> answers) =>
        context.Loaded.Recommender!.Recommend(ProfileBuilder.Build(context.Assessment, answers), context.Today);
}
