namespace SourcingBot.Conversations.State;

/// <summary>What <see cref="IIdempotencyStore.TryBeginAsync"/> found for a delivery's key.</summary>
public enum IdempotencyStatus
{
    /// <summary>The first delivery: the key is now claimed by the caller, who processes it.</summary>
    First,

    /// <summary>A duplicate while the first delivery is still being processed (or its process died before finishing).</summary>
    InProgress,

    /// <summary>A duplicate of a delivery already processed; its recorded outcome comes with it.</summary>
    Completed,
}
