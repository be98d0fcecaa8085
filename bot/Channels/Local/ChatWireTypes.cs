using System.Text.Json;
using System.Text.Json.Serialization;

namespace SourcingBot.Channels.Local;

// The JSON shapes of POST /api/chat (documented in the README).
internal sealed record ChatRequest(
    string? ConversationId,
    string? UserId,
    string? Text,
    Dictionary<string, JsonElement>? Value);

internal sealed record ChatResponse(string ConversationId, IReadOnlyList<ReplyDto> Replies);

internal sealed record ReplyDto(
    string Kind,
    string? Title,
    string Text,
    IReadOnlyList<SectionDto> Sections,
    TableDto? Table,
    IReadOnlyList<ActionDto> Choices,
    IReadOnlyList<ActionDto> Suggestions,
    IReadOnlyList<SourceDto> Sources,
    string? Topic,
    double? Confidence,
    PromptDto? Prompt,
    string? CopyText);

internal sealed record PromptDto(
    string StepId,
    string Kind,
    bool MultiSelect,
    IReadOnlyList<ActionDto> Options,
    string? Example,
    int Position,
    int Count,
    bool CanSkip,
    bool CanGoBack);

internal sealed record SectionDto(string Heading, string Text);

internal sealed record TableDto(string? Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

internal sealed record ActionDto(string Label, IReadOnlyDictionary<string, string> Value);

internal sealed record SourceDto(string Publisher, string Title, string Year, string Url, string? Caveat);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ChatRequest))]
[JsonSerializable(typeof(ChatResponse))]
internal sealed partial class ChatJsonContext : JsonSerializerContext;
