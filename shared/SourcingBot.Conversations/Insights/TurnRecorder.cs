using SourcingBot.Conversations.Turns;

namespace SourcingBot.Conversations.Insights;

// Reads what the operator should learn from a turn out of its replies: the typed question when it was declined,
// ambiguous or answered with low confidence (one record per turn, the weakest answer), and the usage events.
internal static class TurnRecorder
{
    // Answers are given from 0.5; below this they are worth a look, so the knowledge file can cover them better.
    public const double LowConfidence = 0.6;

    public static TurnRecord Build(IncomingTurn turn, string outcome, IReadOnlyList<Reply> replies, Lead? lead, DateTimeOffset now)
    {
        var usage = new List<UsageEvent>();
        foreach (var reply in replies)
        {
            if (reply.Kind == ReplyKind.Answer && reply.Topic is { } topic)
            {
                usage.Add(new UsageEvent(UsageKinds.TopicAsked, topic, turn.Channel, now));
            }
            else if (reply.Kind == ReplyKind.Recommendation)
            {
                usage.Add(new UsageEvent(UsageKinds.Recommendation, reply.Topic, turn.Channel, now));
            }
        }

        if (outcome is "assessment-started" or "assessment-completed")
        {
            usage.Add(new UsageEvent(outcome == "assessment-started" ? UsageKinds.AssessmentStarted : UsageKinds.AssessmentCompleted, null, turn.Channel, now));
        }

        if (lead is not null)
        {
            usage.Add(new UsageEvent(UsageKinds.Lead, lead.Details.Strategy, turn.Channel, now));
        }

        return new TurnRecord(Question(turn, replies, now) is { } question ? [question] : [], usage, lead);
    }

    private static RecordedQuestion? Question(IncomingTurn turn, IReadOnlyList<Reply> replies, DateTimeOffset now)
    {
        if (turn.Value is { Count: > 0 } || string.IsNullOrWhiteSpace(turn.Text))
        {
            return null;
        }

        var weakest = replies
            .Select(reply => (reply, Outcome: Outcome(reply)))
            .Where(pair => pair.Outcome is not null)
            .OrderBy(pair => pair.reply.Confidence ?? 0)
            .FirstOrDefault();
        return weakest.Outcome is null
            ? null
            : new RecordedQuestion(turn.Text.Trim(), now, turn.Channel, weakest.reply.Topic, weakest.reply.Confidence ?? 0, weakest.Outcome, turn.UserId);
    }

    private static string? Outcome(Reply reply) => reply.Kind switch
    {
        ReplyKind.Decline => "declined",
        ReplyKind.DidYouMean => "ambiguous",
        ReplyKind.Answer when reply.Confidence < LowConfidence => "low-confidence",
        _ => null,
    };
}
