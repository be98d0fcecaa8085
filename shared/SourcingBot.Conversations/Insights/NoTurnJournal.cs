namespace SourcingBot.Conversations.Insights;

/// <summary>A journal that keeps nothing, for hosts that record no insights.</summary>
public sealed class NoTurnJournal : ITurnJournal
{
    /// <summary>The one instance.</summary>
    public static NoTurnJournal Instance { get; } = new();

    /// <inheritdoc />
    public Task RecordAsync(TurnRecord record, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task ForgetAsync(string conversationId, string userId, CancellationToken cancellationToken) => Task.CompletedTask;
}
