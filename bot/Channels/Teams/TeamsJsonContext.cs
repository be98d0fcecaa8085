using System.Text.Json.Serialization;

namespace SourcingBot.Channels.Teams;

// Action values carried as JSON inside a drop-down option's value (see CardData.ChoiceKey).
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class TeamsJsonContext : JsonSerializerContext;
