using System.Text.Json.Serialization;

namespace SourcingBot.Channels.Discord.Rest;

// A message as created or edited through the REST API or an interaction response.
internal sealed record DiscordMessage
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public IReadOnlyList<Component>? Components { get; init; }

    /// <summary>Always <c>{"parse": []}</c>: text the bot echoes never pings @everyone, roles or users.</summary>
    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;

    public int? Flags { get; init; }

    public MessageReference? MessageReference { get; init; }
}

internal sealed record AllowedMentions(IReadOnlyList<string> Parse)
{
    public static AllowedMentions None { get; } = new([]);
}

internal sealed record MessageReference(string MessageId, string? ChannelId, string? GuildId, bool FailIfNotExists = false);

internal sealed record Embed
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public int? Color { get; init; }

    public IReadOnlyList<EmbedField>? Fields { get; init; }

    public EmbedFooter? Footer { get; init; }
}

internal sealed record EmbedField(string Name, string Value, bool Inline = false);

internal sealed record EmbedFooter(string Text);

// One record for every component type the bot sends (action row 1, button 2, string select 3,
// text input 4, label 18); fields a type does not use stay null and are left out of the JSON.
internal sealed record Component
{
    public required int Type { get; init; }

    public string? CustomId { get; init; }

    public int? Style { get; init; }

    public string? Label { get; init; }

    public string? Url { get; init; }

    public bool? Disabled { get; init; }

    public IReadOnlyList<Component>? Components { get; init; }

    /// <summary>A label's one child (JSON <c>component</c>).</summary>
    [JsonPropertyName("component")]
    public Component? Child { get; init; }

    public IReadOnlyList<SelectOption>? Options { get; init; }

    public string? Placeholder { get; init; }

    public int? MinValues { get; init; }

    public int? MaxValues { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public bool? Required { get; init; }

    public string? Value { get; init; }

    public string? Description { get; init; }
}

internal sealed record SelectOption(string Label, string Value, string? Description = null);
