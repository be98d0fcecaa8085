using System.Text.Json;

namespace SourcingBot.Benchmarking;

// The turns a simulated /api/chat user sends, round and round: questions only, whole assessments
// (each ends with "forget me", so the next one starts afresh), or both alternating.
internal sealed class ChatLoadScript(IReadOnlyList<string> texts) : ILoadScript
{
    private static readonly string[] Questions =
    [
        "what is nearshoring?", "what is the difference between outsourcing and offshoring?", "what are the risks of offshoring?",
        "compare nearshore and offshore outsourcing", "how much can we save by outsourcing?", "wat is offshorring",
    ];

    private static readonly string[] Assessment =
    [
        "recommend", "cost and talent", "customer support", "a support function", "yes", "about forty people", "250 employees",
        "$250k a year", "within 3 months", "Berlin", "asynchronous is fine", "none", "no", "no", "yes",
        "what if our budget were $100k?", "forget me",
    ];

    public static IReadOnlyList<string> For(string scenario) => scenario switch
    {
        "questions" => Questions,
        "assessment" => Assessment,
        "mixed" => [.. Assessment, .. Questions],
        _ => throw new ArgumentException($"Unknown scenario \"{scenario}\"; use questions, assessment or mixed.", nameof(scenario)),
    };

    public IReadOnlyList<LoadRequest> Round(string conversationId) =>
        texts.Select(text => new LoadRequest("/api/chat", JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>
        {
            ["conversationId"] = conversationId,
            ["userId"] = "bench",
            ["text"] = text,
        }), [])).ToArray();
}
