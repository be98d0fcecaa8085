namespace SourcingBot.Conversations.State;

/// <summary>A conversation's state as it was last saved.</summary>
/// <param name="ConversationId">The conversation's id, compared ordinally (case-sensitive).</param>
/// <param name="Version">
/// The version of this state: 1 after the first save, one more after each later save. Pass it as the
/// expected version of the next <see cref="IConversationStore.SaveAsync"/>.
/// </param>
/// <param name="State">The state, an opaque string (the engine's JSON), exactly as it was saved.</param>
/// <param name="UpdatedAt">When it was last saved, to the millisecond.</param>
public sealed record StoredConversation(string ConversationId, long Version, string State, DateTimeOffset UpdatedAt);
