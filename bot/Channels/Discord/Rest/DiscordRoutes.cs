namespace SourcingBot.Channels.Discord.Rest;

// Rate Limits: a route's bucket depends on its path with the top-level ids (channel, guild, webhook)
// kept and every other id replaced. Tokens never appear in a key, so keys are safe to log.
internal static class DiscordRoutes
{
    /// <summary>"POST /channels/123/messages", "PATCH /webhooks/456/:token/messages/@original".</summary>
    public static string Key(HttpMethod method, string path)
    {
        var segments = path.Split('?')[0].Trim('/').Split('/');
        var normalized = new string[segments.Length];
        for (var index = 0; index < segments.Length; index++)
        {
            var previous = index > 0 ? segments[index - 1] : null;
            var beforePrevious = index > 1 ? segments[index - 2] : null;
            normalized[index] = (previous, beforePrevious) switch
            {
                ("channels" or "guilds" or "webhooks", _) => segments[index],
                (_, "webhooks") or (_, "interactions") => ":token",
                ("interactions", _) => ":id",
                _ when segments[index].Length > 0 && segments[index].All(char.IsAsciiDigit) => ":id",
                _ => segments[index],
            };
        }

        return $"{method.Method} /{string.Join('/', normalized)}";
    }

    /// <summary>Whether Discord exempts the route from the global limit (interaction responses and webhooks).</summary>
    public static bool IsInteraction(string key) =>
        key.Contains(" /interactions/", StringComparison.Ordinal) || key.Contains(" /webhooks/", StringComparison.Ordinal);

    /// <summary>The top-level ids of a key, which separate buckets that share a hash.</summary>
    public static string MajorParameters(string key)
    {
        var segments = key.Split(' ', 2)[1].Trim('/').Split('/');
        var major = new List<string>();
        for (var index = 1; index < segments.Length; index++)
        {
            if (segments[index - 1] is "channels" or "guilds" or "webhooks")
            {
                major.Add(segments[index]);
            }
        }

        return string.Join(':', major);
    }
}
