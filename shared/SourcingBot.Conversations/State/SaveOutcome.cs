namespace SourcingBot.Conversations.State;

/// <summary>Whether a save was applied.</summary>
public enum SaveOutcome
{
    /// <summary>The state was stored with a new version.</summary>
    Saved,

    /// <summary>
    /// Nothing was stored: the conversation is not at the expected version (another turn saved first,
    /// it was created already, or it no longer exists). Reload and retry the turn.
    /// </summary>
    Conflict,
}
