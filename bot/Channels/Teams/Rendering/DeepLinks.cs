namespace SourcingBot.Channels.Teams.Rendering;

// Teams deep links (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-teams).
internal static class DeepLinks
{
    /// <summary>Opens the 1:1 chat with the bot; <paramref name="botId"/> is its Teams id (<c>28:</c> and the app id).</summary>
    public static Uri PersonalChat(string botId) =>
        new($"https://teams.microsoft.com/l/chat/0/0?users={Uri.EscapeDataString(botId)}");
}
