using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SourcingBot.Conversations.Turns;

namespace SourcingBot.Channels.Teams;

/// <summary>
/// Translates a Teams message activity into the engine's turn: the text without the bot's own mention, a
/// submitted card's data as the turn's value, and whether others read along.
/// </summary>
internal static partial class TeamsTurnReader
{
    public const string Channel = "teams";

    /// <summary>Prefix of engine conversation ids, so Teams conversations never collide with other channels'.</summary>
    public const string ConversationPrefix = "teams:";

    [GeneratedRegex("</?at>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AtTag();

    // Formatting Teams may wrap around typed text.
    [GeneratedRegex(@"</?(p|div|span|br|strong|em|b|i)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FormattingTag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    /// <summary>The turn, or null when the message carries neither text nor card data (e.g. only a picture).</summary>
    public static IncomingTurn? Read(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var (submittedText, value) = ReadValue(activity.Value);
        var text = value is null && submittedText is null ? CleanText(activity) : submittedText;
        if (string.IsNullOrWhiteSpace(text) && value is null)
        {
            return null;
        }

        return new IncomingTurn(Channel, ConversationId(activity), UserId(activity), text, value, ScopeOf(activity));
    }

    /// <summary>
    /// The engine conversation of an activity: one per Teams conversation, which in a channel is one per
    /// thread (the id ends with <c>;messageid=…</c>), so an assessment started in a thread stays there.
    /// </summary>
    public static string ConversationId(Activity activity) => ConversationPrefix + (activity.Conversation?.Id ?? string.Empty);

    public static ConversationScope ScopeOf(Activity activity) =>
        activity.Conversation?.ConversationType is "groupChat" or "channel" || activity.Conversation?.IsGroup == true
            ? ConversationScope.Shared
            : ConversationScope.Personal;

    /// <summary>Where the welcome is remembered: the team for channels, otherwise the chat (without the thread).</summary>
    public static string WelcomeKey(Activity activity)
    {
        var team = activity.ChannelId == "msteams" ? TryGetTeamId(activity) : null;
        var conversation = activity.Conversation?.Id ?? string.Empty;
        var separator = conversation.IndexOf(';', StringComparison.Ordinal);
        return team ?? (separator < 0 ? conversation : conversation[..separator]);
    }

    /// <summary>The text as typed: the bot's own mention removed, other mentions kept as plain names.</summary>
    public static string CleanText(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        foreach (var mention in Mentions(activity).Where(m => m.Mentioned?.Id is { } id && id == activity.Recipient?.Id))
        {
            var mentionText = mention.Text ?? (mention.Mentioned.Name is { } name ? $"<at>{name}</at>" : null);
            if (!string.IsNullOrEmpty(mentionText))
            {
                text = text.Replace(mentionText, " ", StringComparison.OrdinalIgnoreCase);
            }
        }

        text = FormattingTag().Replace(AtTag().Replace(text, string.Empty), " ");
        return Whitespace().Replace(WebUtility.HtmlDecode(text), " ").Trim();
    }

    private static Mention[] Mentions(Activity activity)
    {
        try
        {
            return activity.GetMentions();
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return [];
        }
    }

    // A submitted card's data: the engine's action value (with the button's label as the text), text to
    // read as typed (free-answer fields, example and yes/no buttons), or a drop-down's chosen action.
    private static (string? Text, IReadOnlyDictionary<string, string>? Value) ReadValue(object? value)
    {
        if (value is JValue { Type: JTokenType.String } scalar)
        {
            return ((string?)scalar, null);
        }

        if (value is not JObject json)
        {
            return (null, null);
        }

        var data = Flatten(json);
        if (data.Remove(CardData.ChoiceKey, out var chosen))
        {
            data = ParseChoice(chosen) ?? data;
        }

        data.Remove(CardData.LabelKey, out var label);
        if (data.ContainsKey(ActionValues.ActionKey))
        {
            return (label, data);
        }

        if (data.TryGetValue(CardData.TextKey, out var typed) && !string.IsNullOrWhiteSpace(typed))
        {
            return (typed.Trim(), null);
        }

        return data.Count == 0 ? (label, null) : (label, data);
    }

    // Values are flat string maps; numbers and booleans count as their text, arrays as comma-separated lists.
    private static Dictionary<string, string> Flatten(JObject json)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in json.Properties())
        {
            var text = property.Value switch
            {
                JValue { Type: JTokenType.String } s => (string?)s,
                JValue { Type: JTokenType.Integer or JTokenType.Float or JTokenType.Boolean } v => Convert.ToString(v.Value, CultureInfo.InvariantCulture)?.ToLowerInvariant(),
                JArray array when array.All(item => item is JValue) => string.Join(',', array.Select(item => item.ToString())),
                _ => null,
            };
            if (text is not null)
            {
                result[property.Name] = text;
            }
        }

        return result;
    }

    private static Dictionary<string, string>? ParseChoice(string json)
    {
        try
        {
            var parsed = JsonSerializer.Deserialize(json, TeamsJsonContext.Default.DictionaryStringString);
            return parsed is null ? null : new Dictionary<string, string>(parsed, StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string UserId(Activity activity) => activity.From?.AadObjectId ?? activity.From?.Id ?? "unknown";

    private static string? TryGetTeamId(Activity activity)
    {
        try
        {
            return activity.TeamsGetTeamInfo()?.Id;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }
}
