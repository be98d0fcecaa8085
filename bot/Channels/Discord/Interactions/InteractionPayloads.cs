using System.Text.Json;

namespace SourcingBot.Channels.Discord.Interactions;

// What Discord posts to the interactions endpoint (Interactions > Receiving and Responding), reduced to
// the fields the bot reads. Unknown fields are ignored, so new ones Discord adds break nothing.
internal sealed record Interaction(
    string? Id,
    string? ApplicationId,
    int Type,
    InteractionData? Data,
    string? GuildId,
    string? ChannelId,
    InteractionChannel? Channel,
    GuildMember? Member,
    DiscordUser? User,
    string? Token,
    InteractionMessage? Message)
{
    /// <summary>The user who acted: <c>member.user</c> in a server, <c>user</c> in a DM.</summary>
    public DiscordUser? Actor => Member?.User ?? User;

    public string? ChannelIdOrNull => ChannelId ?? Channel?.Id;
}

internal sealed record InteractionData(
    string? Id,
    string? Name,
    int? Type,
    IReadOnlyList<CommandOption>? Options,
    string? CustomId,
    int? ComponentType,
    IReadOnlyList<string>? Values,
    IReadOnlyList<SubmittedComponent>? Components);

internal sealed record CommandOption(string Name, int Type, JsonElement? Value, bool? Focused, IReadOnlyList<CommandOption>? Options);

// A modal's submitted components: text inputs inside labels (type 18) or, in older payloads, action rows (type 1).
internal sealed record SubmittedComponent(
    int Type,
    string? CustomId,
    string? Value,
    IReadOnlyList<SubmittedComponent>? Components,
    SubmittedComponent? Component);

internal sealed record InteractionChannel(string? Id, int? Type);

internal sealed record GuildMember(DiscordUser? User);

internal sealed record DiscordUser(string Id, string? Username, bool? Bot);

internal sealed record InteractionMessage(string? Id, int? Flags);
