using SourcingBot.Conversations.Turns;
using SourcingBot.Knowledge.Answering;

namespace SourcingBot.Conversations.Engine;

/// <summary>The channel-neutral engine: reads a turn, consults the knowledge module, returns replies.</summary>
public sealed class ConversationEngine(IKnowledgeProvider knowledge) : ITurnHandler
{
    /// <inheritdoc />
    public ValueTask<TurnResult> HandleAsync(IncomingTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        cancellationToken.ThrowIfCancellationRequested();
        var answerer = knowledge.Answerer;
        var replies = new ReplyBuilder(answerer.Knowledge);
        var result = turn.Value is { Count: > 0 } value
            ? HandleAction(value, turn.Text, answerer, replies)
            : HandleText(turn.Text ?? string.Empty, answerer, replies);
        return ValueTask.FromResult(new TurnResult(result));
    }

    private static Reply[] HandleAction(
        IReadOnlyDictionary<string, string> value, string? text, QuestionAnswerer answerer, ReplyBuilder replies)
    {
        switch (value.GetValueOrDefault(ActionValues.ActionKey))
        {
            case ActionValues.Ask when answerer.Knowledge.FindEntry(value.GetValueOrDefault(ActionValues.EntryIdKey) ?? string.Empty) is { } entry:
                return [replies.Answer(entry, 1.0)];
            case ActionValues.Compare when answerer.Comparer.Compare(
                value.GetValueOrDefault(ActionValues.FirstKey) ?? string.Empty,
                value.GetValueOrDefault(ActionValues.SecondKey) ?? string.Empty) is { } comparison:
                return [replies.Comparison(comparison)];
            case ActionValues.None:
                return [replies.NoneOfThese()];
            default:
                return string.IsNullOrWhiteSpace(text) ? [replies.UnknownButton()] : HandleText(text, answerer, replies);
        }
    }

    private static Reply[] HandleText(string text, QuestionAnswerer answerer, ReplyBuilder replies)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [replies.Decline(null, 0)];
        }

        if (answerer.Comparer.FindRequest(text) is { } comparison)
        {
            return [replies.Comparison(comparison)];
        }

        return answerer.AnswerParts(text).Select(result => Reply(result, replies)).ToArray();
    }

    private static Reply Reply(AnswerResult result, ReplyBuilder replies) => result.Outcome switch
    {
        AnswerOutcome.Answered => replies.Answer(result.Entry!, result.Confidence),
        AnswerOutcome.Ambiguous when result.Alternatives.Count > 0 =>
            ReplyBuilder.DidYouMean(result.Alternatives, result.Topic, result.Confidence),
        AnswerOutcome.Declined => replies.Decline(result.Entry, result.Confidence),
        _ => replies.Decline(null, 1 - result.Confidence),
    };
}
