using SourcingBot.Conversations.Dialogs;
using SourcingBot.Conversations.State;
using SourcingBot.Conversations.Telemetry;
using SourcingBot.Conversations.Turns;

namespace SourcingBot.Conversations.Engine;

/// <summary>
/// The channel-neutral engine: loads the conversation's state, works out the replies to a turn, and saves
/// the new state with optimistic concurrency. When another turn of the same conversation saved first, the
/// turn runs again on the fresh state, so concurrent turns never lose an update.
/// </summary>
public sealed class ConversationEngine(IKnowledgeProvider knowledge, IConversationStore store, TimeProvider timeProvider) : ITurnHandler
{
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
                return (new TurnResult(outcome.Replies), TurnOutcome.Record(span, turn, state, outcome));
            }

            if (stored is null && outcome.State.IsEmpty)
            {
                return (new TurnResult(outcome.Replies), TurnOutcome.Record(span, turn, state, outcome));
            }

            var json = DialogStateSerializer.Serialize(outcome.State);
            var saved = await Timed("save", () => store.SaveAsync(turn.ConversationId, json, stored?.Version ?? 0, cancellationToken));
            if (saved.Outcome == SaveOutcome.Saved)
            {
                return (new TurnResult(outcome.Replies), TurnOutcome.Record(span, turn, state, outcome));
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
