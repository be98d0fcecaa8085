using SourcingBot.Conversations.State;

namespace SourcingBot.Channels.Teams;

/// <summary>
/// Remembers where the welcome was sent, so that an installation (which Teams announces with both a
/// conversation update and an installation update) is welcomed once, and a conversation whose welcome
/// Teams never announced is greeted on its first message. The mark is an empty record in the conversation
/// store under its own id; creating it is atomic, so only one of two concurrent events claims the welcome.
/// </summary>
internal sealed class WelcomeTracker(IConversationStore store, TimeProvider timeProvider)
{
    public const string IdPrefix = "teams-welcome:";

    private const string Mark = "{}";

    // The store forgets what is not saved for its idle expiry; refreshing the mark now and then keeps an
    // active conversation from being greeted again.
    private static readonly TimeSpan RefreshAfter = TimeSpan.FromDays(1);

    /// <summary>Whether the welcome is still to be sent here; true only for the first caller.</summary>
    public async Task<bool> TryClaimAsync(string key, CancellationToken cancellationToken)
    {
        var id = IdPrefix + key;
        var stored = await store.LoadAsync(id, cancellationToken);
        if (stored is null)
        {
            return (await store.SaveAsync(id, Mark, 0, cancellationToken)).Outcome == SaveOutcome.Saved;
        }

        if (timeProvider.GetUtcNow() - stored.UpdatedAt > RefreshAfter)
        {
            await store.SaveAsync(id, Mark, stored.Version, cancellationToken);
        }

        return false;
    }

    /// <summary>Forgets the welcome (the app was removed), so a new installation is welcomed again.</summary>
    public Task ForgetAsync(string key, CancellationToken cancellationToken) => store.DeleteAsync(IdPrefix + key, cancellationToken);
}
