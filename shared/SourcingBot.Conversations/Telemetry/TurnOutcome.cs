using System.Diagnostics;
using SourcingBot.Conversations.Dialogs;
using SourcingBot.Conversations.State;
using SourcingBot.Conversations.Turns;

namespace SourcingBot.Conversations.Telemetry;

// Reads what a turn did from the state before and after it and from its replies, and records it on
// the turn's span and in the metrics. Only kinds, topics, step ids and strategy ids: no user text.
internal static class TurnOutcome
{
    public static string Record(Activity? span, IncomingTurn turn, DialogState before, DialogOutcome outcome)
    {
        var replies = outcome.Replies;
        var after = outcome.State;
        var recommended = replies.FirstOrDefault(reply => reply.Kind == ReplyKind.Recommendation);
        var name = Name(before, after, replies, recommended, outcome.Forget, outcome.NewLead is not null);
        foreach (var reply in replies)
        {
            if (reply.Kind == ReplyKind.Answer && reply.Topic is { } topic)
            {
                ConversationTelemetry.Answers.Add(1, new KeyValuePair<string, object?>("topic", topic));
            }
            else if (reply.Kind is ReplyKind.DidYouMean or ReplyKind.Decline)
            {
                ConversationTelemetry.Unanswered.Add(1, new KeyValuePair<string, object?>("outcome", reply.Kind == ReplyKind.DidYouMean ? "ambiguous" : "declined"));
            }
        }

        if (outcome.NewLead is not null)
        {
            ConversationTelemetry.Leads.Add(1);
        }

        if (name == "assessment-started")
        {
            ConversationTelemetry.AssessmentsStarted.Add(1);
        }
        else if (name == "assessment-abandoned")
        {
            ConversationTelemetry.AssessmentsAbandoned.Add(1);
        }

        if (recommended is not null)
        {
            if (before.Assessment is { Phase: not AssessmentPhase.WhatIf })
            {
                ConversationTelemetry.AssessmentsCompleted.Add(1);
            }

            ConversationTelemetry.Recommendations.Add(1, new KeyValuePair<string, object?>("strategy", recommended.Topic));
        }

        if (span is not null)
        {
            span.SetTag("sourcingbot.channel", turn.Channel);
            span.SetTag("sourcingbot.outcome", name);
            span.SetTag("sourcingbot.reply_kinds", string.Join(',', replies.Select(reply => reply.Kind.ToString())));
            span.SetTag("sourcingbot.topic", replies.Select(reply => reply.Topic).FirstOrDefault(topic => topic is not null));
            span.SetTag("sourcingbot.step", after.Assessment?.StepId ?? (after.Assessment is null ? null : "summary"));
        }

        return name;
    }

    private static string Name(DialogState before, DialogState after, IReadOnlyList<Reply> replies, Reply? recommended, bool forget, bool newLead)
    {
        if (forget)
        {
            return before.Assessment is null ? "forgotten" : "assessment-abandoned";
        }

        if (before.Lead is not null || after.Lead is not null)
        {
            return after.Lead is not null ? (before.Lead is null ? "lead-started" : "lead-step")
                : newLead ? "lead-created" : "lead-cancelled";
        }

        if (recommended is not null)
        {
            return before.Assessment is { Phase: not AssessmentPhase.WhatIf } ? "assessment-completed" : "what-if";
        }

        if (before.Assessment is null && after.Assessment is { Phase: not AssessmentPhase.WhatIf })
        {
            return "assessment-started";
        }

        if (before.Assessment is not null && after.Assessment is null)
        {
            return before.Assessment.Phase == AssessmentPhase.WhatIf ? "what-if-cancelled" : "assessment-abandoned";
        }

        if (after.Assessment is not null)
        {
            return "assessment-step";
        }

        return replies.Any(reply => reply.Kind is ReplyKind.Answer or ReplyKind.Comparison) ? "answered"
            : replies.Any(reply => reply.Kind is ReplyKind.DidYouMean or ReplyKind.Decline) ? "unanswered"
            : "message";
    }
}
