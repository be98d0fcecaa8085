using SourcingBot.Conversations.Turns;
using SourcingBot.Knowledge.Answering;

namespace SourcingBot.Conversations.Dialogs;

// Questions and comparisons answered from the knowledge module; no state of its own.
internal sealed class QuestionDialog(DialogContext context)
{
    private QuestionAnswerer Answerer => context.Loaded.Answerer;

    public IReadOnlyList<Reply> Clicked(IReadOnlyDictionary<string, string> value, string? text)
    {
        switch (value.GetValueOrDefault(ActionValues.ActionKey))
        {
            case ActionValues.Ask when context.Knowledge.FindEntry(value.GetValueOrDefault(ActionValues.EntryIdKey) ?? string.Empty) is { } entry:
                return [context.Replies.Answer(entry, 1.0)];
            case ActionValues.Compare when Answerer.Comparer.Compare(
                value.GetValueOrDefault(ActionValues.FirstKey) ?? string.Empty,
                value.GetValueOrDefault(ActionValues.SecondKey) ?? string.Empty) is { } comparison:
                return [context.Replies.Comparison(comparison)];
            case ActionValues.None:
                return [context.Replies.NoneOfThese()];
            default:
                return string.IsNullOrWhiteSpace(text) ? [context.Replies.UnknownButton()] : AnswerText(text);
        }
    }

    public IReadOnlyList<Reply> AnswerText(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [context.Replies.Decline(null, 0)];
        }

        if (Answerer.Comparer.FindRequest(text) is { } comparison)
        {
            return [context.Replies.Comparison(comparison)];
        }

        return Answerer.AnswerParts(text).Select(Reply).ToArray();
    }

    private Reply Reply(AnswerResult result) => result.Outcome switch
    {
        AnswerOutcome.Answered => context.Replies.Answer(result.Entry!, result.Confidence),
        AnswerOutcome.Ambiguous when result.Alternatives.Count > 0 =>
            Engine.ReplyBuilder.DidYouMean(result.Alternatives, result.Topic, result.Confidence),
        AnswerOutcome.Declined => context.Replies.Decline(result.Entry, result.Confidence),
        _ => context.Replies.Decline(null, 1 - result.Confidence),
    };
}
