using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SourcingBot.Tests.Hosting;

/// <summary>Talks to /api/chat as a client would, one conversation per instance.</summary>
public sealed class ChatClient(HttpClient http, string? conversationId = null)
{
    public string ConversationId { get; } = conversationId ?? $"test-{Guid.NewGuid():N}";

    public Task<JsonArray> SayAsync(string text) => PostAsync(new JsonObject { ["text"] = text });

    public Task<JsonArray> ClickAsync(JsonNode action) =>
        PostAsync(new JsonObject { ["text"] = action["label"]!.GetValue<string>(), ["value"] = action["value"]!.DeepClone() });

    private async Task<JsonArray> PostAsync(JsonObject body)
    {
        body["conversationId"] = ConversationId;
        body["userId"] = "test-user";
        using var response = await http.PostAsJsonAsync("/api/chat", body);
        var content = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue($"the API answered {(int)response.StatusCode}: {content}");
        var json = JsonNode.Parse(content)!;
        json["conversationId"]!.GetValue<string>().Should().Be(ConversationId);
        return json["replies"]!.AsArray();
    }

    public static string Text(JsonNode reply, string property) => reply[property]?.GetValue<string>() ?? string.Empty;

    public static JsonSerializerOptions Web { get; } = new(JsonSerializerDefaults.Web);
}
