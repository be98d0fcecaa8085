using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SourcingBot.Channels.Discord.Interactions;

/// <summary>The JSON answer to an interaction and what to send once it has gone out.</summary>
/// <param name="Body">The interaction response, serialized (a repeated delivery gets the same).</param>
/// <param name="After">Follow-up work, sent once Discord has the response.</param>
internal sealed record InteractionResult(string Body, FollowUpWork? After = null)
{
    public static InteractionResult Of<T>(T response, JsonTypeInfo<T> type, FollowUpWork? after = null) =>
        new(JsonSerializer.Serialize(response, type), after);
}
