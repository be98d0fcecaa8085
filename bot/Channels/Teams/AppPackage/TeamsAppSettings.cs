namespace SourcingBot.Channels.Teams.AppPackage;

/// <summary>What <c>teams package</c> fills into the manifest template.</summary>
/// <param name="BotAppId">The bot's Microsoft App ID (its Azure Bot registration): the manifest's <c>botId</c>.</param>
/// <param name="TeamsAppId">The Teams app's own id; the bot's app id when not given.</param>
/// <param name="Version">The app version (x.y.z); the template's when not given.</param>
/// <param name="Domain">A domain to add to <c>validDomains</c>, e.g. where the bot is hosted.</param>
/// <param name="Website">The developer's website; the privacy and terms pages are taken to be under it.</param>
internal sealed record TeamsAppSettings(string BotAppId, string? TeamsAppId = null, string? Version = null, string? Domain = null, Uri? Website = null);
