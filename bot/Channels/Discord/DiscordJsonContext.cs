using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using SourcingBot.Channels.Discord.Gateway;
using SourcingBot.Channels.Discord.Interactions;
using SourcingBot.Channels.Discord.Rest;

namespace SourcingBot.Channels.Discord;

// Discord's JSON: snake_case names, absent rather than null optional fields.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(MessageResponse))]
[JsonSerializable(typeof(AutocompleteResponse))]
[JsonSerializable(typeof(ModalResponse))]
[JsonSerializable(typeof(DiscordMessage))]
[JsonSerializable(typeof(RateLimitBody))]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(GatewayHello))]
[JsonSerializable(typeof(GatewayReady))]
[JsonSerializable(typeof(GatewayMessage))]
[JsonSerializable(typeof(IdentifyCommand))]
[JsonSerializable(typeof(ResumeCommand))]
[JsonSerializable(typeof(HeartbeatCommand))]
[JsonSerializable(typeof(JsonArray))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
