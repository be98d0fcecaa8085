using System.Text.Json;
using System.Text.Json.Serialization;
using SourcingBot.Channels.Local;

namespace SourcingBot.Cli;

internal sealed record AskJsonOutput(
    string? Topic,
    double? Confidence,
    string Kind,
    string? Title,
    string Text,
    IReadOnlyList<SourceDto> Sources,
    IReadOnlyList<ReplyDto> Replies);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(AskJsonOutput))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
