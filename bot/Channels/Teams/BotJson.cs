using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Newtonsoft.Json;

namespace SourcingBot.Channels.Teams;

/// <summary>
/// Bot Framework JSON as the SDK reads and writes it (its converters, nulls left out), but without indentation:
/// the bodies this bot writes itself (the response to a request, the replies kept for a redelivery) are read by
/// programs, and indentation only made them larger and slower to write.
/// </summary>
internal static class BotJson
{
    public static readonly JsonSerializerSettings Settings = new(HttpHelper.BotMessageSerializerSettings) { Formatting = Formatting.None };

    public static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    /// <summary>Writes <paramref name="body"/> (or nothing, when it is null) as the response, with <paramref name="status"/>.</summary>
    public static async Task WriteAsync(HttpResponse response, int status, object? body, CancellationToken cancellationToken)
    {
        response.StatusCode = status;
        if (body is null)
        {
            return;
        }

        response.ContentType = "application/json; charset=utf-8";
        await response.WriteAsync(JsonConvert.SerializeObject(body, Settings), cancellationToken);
    }
}
