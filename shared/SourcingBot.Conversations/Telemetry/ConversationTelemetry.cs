using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SourcingBot.Conversations.Telemetry;

/// <summary>
/// The traces and metrics of the conversation engine: one span per turn and counters of what users
/// ask and decide. Names and tags only — never a user's text or id. Hosts export them (OpenTelemetry)
/// by listening to <see cref="Name"/>.
/// </summary>
public static class ConversationTelemetry
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "SourcingBot";

    /// <summary>The source of the per-turn spans.</summary>
    public static ActivitySource Source { get; } = new(Name);

    /// <summary>The meter of every engine metric.</summary>
    public static Meter Meter { get; } = new(Name);

    /// <summary>Time per turn in milliseconds, tagged by channel and outcome.</summary>
    public static Histogram<double> TurnDuration { get; } =
        Meter.CreateHistogram<double>("sourcingbot.turn.duration", "ms", "Time to work out the replies to one turn, store included.");

    /// <summary>Knowledge answers given, tagged by topic.</summary>
    public static Counter<long> Answers { get; } =
        Meter.CreateCounter<long>("sourcingbot.answers", "{answer}", "Questions answered from the knowledge, by topic.");

    /// <summary>Questions not answered with confidence: declined, ambiguous or not understood.</summary>
    public static Counter<long> Unanswered { get; } =
        Meter.CreateCounter<long>("sourcingbot.answers.unanswered", "{question}", "Questions declined, ambiguous or not understood.");

    /// <summary>Assessments started.</summary>
    public static Counter<long> AssessmentsStarted { get; } =
        Meter.CreateCounter<long>("sourcingbot.assessments.started", "{assessment}", "Guided assessments started.");

    /// <summary>Assessments that reached a recommendation.</summary>
    public static Counter<long> AssessmentsCompleted { get; } =
        Meter.CreateCounter<long>("sourcingbot.assessments.completed", "{assessment}", "Guided assessments that reached a recommendation.");

    /// <summary>Assessments cancelled or erased before the recommendation.</summary>
    public static Counter<long> AssessmentsAbandoned { get; } =
        Meter.CreateCounter<long>("sourcingbot.assessments.abandoned", "{assessment}", "Guided assessments cancelled or erased before the result.");

    /// <summary>Recommendations given (after an assessment or a what-if), tagged by strategy.</summary>
    public static Counter<long> Recommendations { get; } =
        Meter.CreateCounter<long>("sourcingbot.recommendations", "{recommendation}", "Recommendations given, by recommended strategy.");

    /// <summary>Leads left with consent after "Talk to an expert".</summary>
    public static Counter<long> Leads { get; } =
        Meter.CreateCounter<long>("sourcingbot.leads", "{lead}", "Contact details left with consent after \"Talk to an expert\".");

    /// <summary>Saves refused because another turn of the conversation saved first (the turn then re-runs).</summary>
    public static Counter<long> StoreConflicts { get; } =
        Meter.CreateCounter<long>("sourcingbot.store.conflicts", "{conflict}", "Conversation saves that lost a race and were retried.");

    /// <summary>Time per conversation-store call in milliseconds, tagged by operation.</summary>
    public static Histogram<double> StoreDuration { get; } =
        Meter.CreateHistogram<double>("sourcingbot.store.duration", "ms", "Time per conversation-store call.");
}
