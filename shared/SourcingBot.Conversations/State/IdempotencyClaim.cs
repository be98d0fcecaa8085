namespace SourcingBot.Conversations.State;

/// <summary>The result of <see cref="IIdempotencyStore.TryBeginAsync"/>.</summary>
/// <param name="Status">Whether this is the first delivery of the key, or a duplicate and how far the first got.</param>
/// <param name="Outcome">
/// For <see cref="IdempotencyStatus.Completed"/>, what the first delivery recorded with
/// <see cref="IIdempotencyStore.CompleteAsync"/> (null if it recorded nothing); otherwise null.
/// </param>
public sealed record IdempotencyClaim(IdempotencyStatus Status, string? Outcome = null)
{
    /// <summary>The claim of a first delivery.</summary>
    public static IdempotencyClaim First { get; } = new(IdempotencyStatus.First);

    /// <summary>The answer for a duplicate whose first delivery has not finished.</summary>
    public static IdempotencyClaim InProgress { get; } = new(IdempotencyStatus.InProgress);

    /// <summary>Whether the caller should process the delivery (it is the first).</summary>
    public bool IsFirst => Status == IdempotencyStatus.First;
}
