using System.Text.Json;
using System.Text.Json.Serialization;

namespace SourcingBot.Conversations.State;

// Compact, versionable JSON: enums as names, nulls left out, so stored states stay readable in the database.
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(DialogState))]
internal sealed partial class DialogStateJsonContext : JsonSerializerContext;
