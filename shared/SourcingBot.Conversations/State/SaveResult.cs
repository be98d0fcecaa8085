namespace SourcingBot.Conversations.State;

/// <summary>The result of <see cref="IConversationStore.SaveAsync"/>.</summary>
/// <param name="Outcome">Whether the state was stored.</param>
/// <param name="Version">
/// For <see cref="SaveOutcome.Saved"/>, the new version (the expected version plus one). For
/// <see cref="SaveOutcome.Conflict"/>, the version found in the store right after the refused save, or 0
/// when there is none; informative only, since another turn may change it at any moment.
/// </param>
public sealed record SaveResult(SaveOutcome Outcome, long Version);
