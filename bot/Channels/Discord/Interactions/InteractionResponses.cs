using SourcingBot.Channels.Discord.Rest;

namespace SourcingBot.Channels.Discord.Interactions;

// The bodies the endpoint answers with (interaction response types 1, 4-9).
internal sealed record MessageResponse(int Type, DiscordMessage? Data = null);

internal sealed record AutocompleteResponse(int Type, AutocompleteData Data);

internal sealed record AutocompleteData(IReadOnlyList<AutocompleteChoice> Choices);

internal sealed record AutocompleteChoice(string Name, string Value);

internal sealed record ModalResponse(int Type, ModalData Data);

internal sealed record ModalData(string CustomId, string Title, IReadOnlyList<Component> Components);
