using System.Text.Json;

namespace SourcingBot.Benchmarking;

// The turns a simulated /api/chat user sends, round and round: questions only, whole assessments
// (each ends with "forget me", so the next one starts afresh), both alternating, or one question per
// conversation (every request a conversation never seen before, to load the per-conversation costs).
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
        "one-question" => Questions[..1],
        _ => throw new ArgumentException($"Unknown scenario \"{scenario}\"; use questions, assessment, mixed or one-question.", nameof(scenario)),
    };

    public IReadOnlyList<LoadRequest> Round(string conversationId) =>
        texts.Select(text => new LoadRequest("/api/chat", JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>
        {
            ["conversationId"] = conversationId,
            ["userId"] = "bench",
            ["text"] = text,
        }), [])).ToArray();
}
