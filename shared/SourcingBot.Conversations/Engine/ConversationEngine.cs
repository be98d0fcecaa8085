using System.Security.Cryptography;
using System.Text;
using SourcingBot.Conversations.Dialogs;
using SourcingBot.Conversations.Insights;
using SourcingBot.Conversations.State;
using SourcingBot.Conversations.Telemetry;
using SourcingBot.Conversations.Turns;

namespace SourcingBot.Conversations.Engine;

/// <summary>
/// The channel-neutral engine: loads the conversation's state, works out the replies to a turn, and saves
/// the new state with optimistic concurrency. When another turn of the same conversation saved first, the
/// turn runs again on the fresh state, so concurrent turns never lose an update. What the operator learns from
/// the turn (questions not answered well, usage, leads) goes to the <see cref="ITurnJournal"/>.
/// </summary>
public sealed class ConversationEngine(
    IKnowledgeProvider knowledge, IConversationStore store, TimeProvider timeProvider, ITurnJournal? journal = null) : ITurnHandler
{
    private readonly ITurnJournal _journal = journal ?? NoTurnJournal.Instance;

    /// <summary>How often a turn is re-run after losing a race with another turn of its conversation.</summary>
    public const int MaximumAttempts = 5;

    /// <inheritdoc />
    public async ValueTask<TurnResult> HandleAsync(IncomingTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentException.ThrowIfNullOrEmpty(turn.ConversationId);
        using var span = ConversationTelemetry.Source.StartActivity("turn");
        var started = timeProvider.GetTimestamp();
        var outcome = "error";
        try
        {
            var (result, name) = await RunAsync(turn, span, cancellationToken);
            outcome = name;
            return result;
        }
        finally
        {
            ConversationTelemetry.TurnDuration.Record(
                timeProvider.GetElapsedTime(started).TotalMilliseconds,
                new KeyValuePair<string, object?>("channel", turn.Channel),
                new KeyValuePair<string, object?>("outcome", outcome));
        }
    }

    private async Task<(TurnResult Result, string Outcome)> RunAsync(IncomingTurn turn, System.Diagnostics.Activity? span, CancellationToken cancellationToken)
    {
        var context = new DialogContext(knowledge.Current, DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime), turn.Scope);
        var router = new TurnRouter(context);
        for (var attempt = 1; attempt <= MaximumAttempts; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stored = await Timed("load", () => store.LoadAsync(turn.ConversationId, cancellationToken));
            var state = stored is null ? DialogState.Empty : DialogStateSerializer.Deserialize(stored.State) ?? DialogState.Empty;
            var outcome = router.Handle(state, turn);
            if (outcome.Forget)
            {
                await Timed("delete", () => store.DeleteAsync(turn.ConversationId, cancellationToken));
                await _journal.ForgetAsync(turn.ConversationId, turn.UserId, cancellationToken);
                return await FinishAsync(turn, span, state, outcome, lead: null, cancellationToken);
            }

            if (stored is null && outcome.State.IsEmpty)
            {
                return await FinishAsync(turn, span, state, outcome, lead: null, cancellationToken);
            }

            // A lead is stored before the state that completes it, under an id derived from the version it
            // was based on: a failed save loses nothing, and a turn re-run on the same version stores it once.
            var lead = NewLead(turn, stored?.Version ?? 0, outcome.NewLead);
            if (lead is not null)
            {
                await _journal.RecordAsync(new TurnRecord([], [], lead), cancellationToken);
            }

            var json = DialogStateSerializer.Serialize(outcome.State);
            var saved = await Timed("save", () => store.SaveAsync(turn.ConversationId, json, stored?.Version ?? 0, cancellationToken));
            if (saved.Outcome == SaveOutcome.Saved)
            {
                return await FinishAsync(turn, span, state, outcome, lead, cancellationToken);
            }

            ConversationTelemetry.StoreConflicts.Add(1);
        }

        span?.SetTag("sourcingbot.outcome", "conflict");
        return (new TurnResult([new Reply
        {
            Kind = ReplyKind.Error,
            Text = "Several messages of this conversation arrived at once and I couldn't keep up. Please send your last message again.",
        }]), "conflict");
    }

    private async Task<(TurnResult Result, string Outcome)> FinishAsync(
        IncomingTurn turn, System.Diagnostics.Activity? span, DialogState before, DialogOutcome outcome, Lead? lead, CancellationToken cancellationToken)
    {
        var name = TurnOutcome.Record(span, turn, before, outcome);
        var record = TurnRecorder.Build(turn, name, outcome.Replies, lead, timeProvider.GetUtcNow());
        if (!record.IsEmpty)
        {
            // The lead itself is already stored; recording it again is harmless (same id) but needless.
            await _journal.RecordAsync(record with { Lead = null }, cancellationToken);
        }

        return (new TurnResult(outcome.Replies), name);
    }

    private Lead? NewLead(IncomingTurn turn, long basedOnVersion, LeadDetails? details)
    {
        if (details is null)
        {
            return null;
        }

        var key = Encoding.UTF8.GetBytes($"{turn.ConversationId}\n{basedOnVersion}");
        var id = Convert.ToHexStringLower(SHA256.HashData(key))[..32];
        return new Lead(id, timeProvider.GetUtcNow(), turn.Channel, turn.ConversationId, turn.UserId, details);
    }

    private async Task<T> Timed<T>(string operation, Func<Task<T>> call)
    {
        var started = timeProvider.GetTimestamp();
        try
        {
            return await call();
        }
        finally
        {
            ConversationTelemetry.StoreDuration.Record(
                timeProvider.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("operation", operation));
        }
    }
}
