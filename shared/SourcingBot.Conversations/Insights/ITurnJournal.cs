namespace SourcingBot.Conversations.Insights;

/// <summary>
/// Where the engine records what operators learn from turns (questions it could not answer well, usage, leads),
/// and erases what belongs to a user who says "forget me". Implementations decide where it is kept and whether
/// user ids are kept with questions.
/// </summary>
public interface ITurnJournal
{
    /// <summary>Records what a turn left; a lead with an id already stored is not stored twice.</summary>
    Task RecordAsync(TurnRecord record, CancellationToken cancellationToken);

    /// <summary>Erases the leads of this user or conversation, and the questions recorded with this user's id.</summary>
    Task ForgetAsync(string conversationId, string userId, CancellationToken cancellationToken);
}
