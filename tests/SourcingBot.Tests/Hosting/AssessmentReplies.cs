using System.Text.Json.Nodes;

namespace SourcingBot.Tests.Hosting;

/// <summary>Reads assessment replies of /api/chat: the question asked, the summary table, the result.</summary>
public static class AssessmentReplies
{
    public static JsonNode Last(this JsonArray replies) => replies[^1]!;

    public static string Kind(this JsonNode reply) => ChatClient.Text(reply, "kind");

    /// <summary>The step the last reply asks, or null when it asks none.</summary>
    public static string? AskedStep(this JsonArray replies) => replies.Last()["prompt"]?["stepId"]?.GetValue<string>();

    /// <summary>The summary's answers by label, from its table.</summary>
    public static Dictionary<string, string> SummaryAnswers(this JsonNode summary)
    {
        summary.Kind().Should().Be("summary");
        return summary["table"]!["rows"]!.AsArray()
            .ToDictionary(row => row![0]!.GetValue<string>(), row => row![1]!.GetValue<string>(), StringComparer.Ordinal);
    }

    /// <summary>The choice or suggestion whose value has this property, e.g. ("options", "reduce-costs").</summary>
    public static JsonNode Action(this JsonNode reply, string key, string value) =>
        reply["choices"]!.AsArray().Concat(reply["suggestions"]!.AsArray())
            .First(action => action!["value"]![key]?.GetValue<string>() == value)!;
}
