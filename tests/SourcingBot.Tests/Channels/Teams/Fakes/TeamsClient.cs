using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace SourcingBot.Tests.Channels.Teams.Fakes;

/// <summary>Posts activities to /api/messages as the Bot Connector service does.</summary>
public sealed class TeamsClient(HttpClient http)
{
    public async Task<TeamsResponse> SendAsync(JsonObject activity, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var replies = response.StatusCode == HttpStatusCode.OK && body.Length > 0 && JsonNode.Parse(body)?["activities"] is JsonArray activities
            ? activities.Select(reply => reply!.AsObject()).ToArray()
            : [];
        return new TeamsResponse(response.StatusCode, replies, body);
    }

    /// <summary>Sends with expectReplies and returns the replies, failing on anything but 200.</summary>
    public async Task<IReadOnlyList<JsonObject>> AskAsync(JsonObject activity)
    {
        var response = await SendAsync(activity.ExpectingReplies());
        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        return response.Replies;
    }

    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);
}
