using System.Text.Json.Nodes;

namespace SourcingBot.Channels.Teams.AppPackage;

// What Teams checks when an app package is uploaded, beyond the JSON schema's shape: ids, lengths, the
// bot's scopes and commands, and the icons' sizes and colours. Each problem names the field.
internal static class TeamsAppRules
{
    private static readonly string[] Scopes = ["personal", "team", "groupChat"];

    public static IReadOnlyList<string> Check(JsonObject manifest, byte[] color, byte[] outline)
    {
        var problems = new List<string>();
        void Require(bool ok, string problem)
        {
            if (!ok)
            {
                problems.Add(problem);
            }
        }

        Require(TeamsAppPackage.IsGuid(Text(manifest, "id")), "id: the Teams app id must be a GUID (give --app-id, or --teams-app-id).");
        Require(TeamsAppPackage.IsVersion(Text(manifest, "version")), "version: must be three numbers, like 1.0.0.");
        Require(Length(manifest, "name", "short") is > 0 and <= 30, "name.short: 1 to 30 characters.");
        Require(Length(manifest, "name", "full") <= 100, "name.full: at most 100 characters.");
        Require(Length(manifest, "description", "short") is > 0 and <= 80, "description.short: 1 to 80 characters.");
        Require(Length(manifest, "description", "full") is > 0 and <= 4000, "description.full: 1 to 4000 characters.");
        Require(Length(manifest, "developer", "name") is > 0 and <= 32, "developer.name: 1 to 32 characters.");
        foreach (var url in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Require(Uri.TryCreate(manifest["developer"]?[url]?.GetValue<string>(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps,
                $"developer.{url}: must be an https URL.");
        }

        var bots = manifest["bots"] as JsonArray ?? [];
        Require(bots.Count == 1, "bots: exactly one bot.");
        foreach (var bot in bots.OfType<JsonObject>())
        {
            Require(TeamsAppPackage.IsGuid(Text(bot, "botId")), "bots[0].botId: the bot's Microsoft App ID must be a GUID (give --app-id).");
            var scopes = (bot["scopes"] as JsonArray ?? []).Select(scope => scope?.GetValue<string>()).ToArray();
            Require(Scopes.All(scopes.Contains), "bots[0].scopes: personal, team and groupChat.");
            foreach (var list in (bot["commandLists"] as JsonArray ?? []).OfType<JsonObject>())
            {
                var commands = (list["commands"] as JsonArray ?? []).OfType<JsonObject>().ToArray();
                Require(commands.Length is > 0 and <= 10, "bots[0].commandLists: 1 to 10 commands per scope.");
                Require(commands.All(c => Text(c, "title")?.Length is > 0 and <= 32 && Text(c, "description")?.Length is > 0 and <= 128),
                    "bots[0].commandLists: each command needs a title (at most 32 characters) and a description (at most 128).");
            }
        }

        var domains = (manifest["validDomains"] as JsonArray ?? []).Select(domain => domain?.GetValue<string>()).ToArray();
        Require(domains.Length <= 16 && domains.All(TeamsAppPackage.IsDomain), "validDomains: at most 16 host names, without https:// or paths.");
        problems.AddRange(CheckIcons(color, outline));
        return problems;
    }

    private static IEnumerable<string> CheckIcons(byte[] color, byte[] outline)
    {
        var colorImage = PngImage.Decode(color);
        if (colorImage.Width != 192 || colorImage.Height != 192)
        {
            yield return $"{TeamsAppPackage.ColorIcon}: must be 192x192 pixels, is {colorImage.Width}x{colorImage.Height}.";
        }

        var outlineImage = PngImage.Decode(outline);
        if (outlineImage.Width != 32 || outlineImage.Height != 32)
        {
            yield return $"{TeamsAppPackage.OutlineIcon}: must be 32x32 pixels, is {outlineImage.Width}x{outlineImage.Height}.";
        }

        if (outlineImage.Pixels().Any(p => p.A > 0 && (p.R, p.G, p.B) != (255, 255, 255)) || outlineImage.Pixels().All(p => p.A == 255))
        {
            yield return $"{TeamsAppPackage.OutlineIcon}: must be white on a transparent background.";
        }
    }

    private static string? Text(JsonObject json, string name) => json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static int Length(JsonObject json, string parent, string name) =>
        json[parent] is JsonObject child ? Text(child, name)?.Length ?? 0 : 0;
}
