using System.Text.Json.Nodes;

namespace SourcingBot.Tests.Channels.Discord.Fakes;

/// <summary>A request the fake Discord received, stamped with the bot's clock.</summary>
public sealed record RecordedRequest(string Method, string Path, string Body, IReadOnlyDictionary<string, string> Headers, DateTimeOffset At)
{
    public JsonNode? Json => string.IsNullOrEmpty(Body) ? null : JsonNode.Parse(Body);

    public override string ToString() => $"{Method} {Path}";
}
