using System.Text.Json;

namespace SourcingBot.Conversations.State;

/// <summary>Turns <see cref="DialogState"/> into the JSON a conversation store keeps, and back.</summary>
public static class DialogStateSerializer
{
    /// <summary>The state as JSON.</summary>
    public static string Serialize(DialogState state) => JsonSerializer.Serialize(state, DialogStateJsonContext.Default.DialogState);

    /// <summary>The state stored as <paramref name="json"/>, or null when it cannot be read (e.g. written by an incompatible version).</summary>
    public static DialogState? Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize(json, DialogStateJsonContext.Default.DialogState);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
