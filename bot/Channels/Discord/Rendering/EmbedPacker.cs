using SourcingBot.Channels.Discord.Rest;

namespace SourcingBot.Channels.Discord.Rendering;

// Builds the embeds of one reply within the per-embed limits: fields go in groups that stay together,
// and a group that does not fit opens a continuation embed (same colour, no title).
internal sealed class EmbedPacker(int? color)
{
    private const int Headroom = 64;

    private readonly List<Embed> _done = [];
    private string? _title;
    private string? _description;
    private List<EmbedField> _fields = [];
    private int _length;

    public void Title(string title)
    {
        _title = DiscordText.Truncate(DiscordText.Plain(title), DiscordLimits.EmbedTitle);
        _length += _title.Length;
    }

    /// <summary>Text for descriptions: the first piece in the current embed, the rest in continuation embeds.</summary>
    public void Description(string text)
    {
        foreach (var piece in DiscordText.Split(text, DiscordLimits.EmbedDescription))
        {
            if (_description is not null || _fields.Count > 0 || _length + piece.Length > DiscordLimits.EmbedTotal - Headroom)
            {
                Flush();
            }

            _description = piece;
            _length += piece.Length;
        }
    }

    /// <summary>A headed text as fields, split over several when longer than a field value.</summary>
    public void Section(string heading, string text)
    {
        var pieces = DiscordText.Split(text, DiscordLimits.FieldValue);
        for (var index = 0; index < pieces.Count; index++)
        {
            var name = index == 0 ? heading : $"{heading} (continued)";
            Group([Field(name, pieces[index])]);
        }
    }

    /// <summary>Fields that stay in one embed (a comparison row).</summary>
    public void Group(IReadOnlyList<EmbedField> fields)
    {
        var length = fields.Sum(field => field.Name.Length + field.Value.Length);
        if (_fields.Count + fields.Count > DiscordLimits.EmbedFields || _length + length > DiscordLimits.EmbedTotal - Headroom)
        {
            Flush();
        }

        _fields.AddRange(fields);
        _length += length;
    }

    public IReadOnlyList<Embed> Finish(string? footer)
    {
        if (footer is not null)
        {
            var text = DiscordText.Truncate(footer, DiscordLimits.FooterText);
            if (_length + text.Length > DiscordLimits.EmbedTotal - Headroom)
            {
                Flush();
            }

            _length += text.Length;
            Flush(new EmbedFooter(text));
        }
        else
        {
            Flush();
        }

        return _done;
    }

    public static EmbedField Field(string name, string value, bool inline = false) => new(
        DiscordText.Truncate(NonEmpty(DiscordText.Plain(name)), DiscordLimits.FieldName),
        DiscordText.Truncate(NonEmpty(value), DiscordLimits.FieldValue),
        inline);

    // Discord refuses empty names and values; a zero-width space keeps a blank cell.
    private static string NonEmpty(string text) => string.IsNullOrWhiteSpace(text) ? "\u200b" : text;

    private void Flush(EmbedFooter? footer = null)
    {
        if (_title is null && _description is null && _fields.Count == 0 && footer is null)
        {
            return;
        }

        _done.Add(new Embed
        {
            Title = _title,
            Description = _description ?? (_title is null && _fields.Count == 0 ? "\u200b" : null),
            Color = color,
            Fields = _fields.Count == 0 ? null : _fields,
            Footer = footer,
        });
        _title = null;
        _description = null;
        _fields = [];
        _length = 0;
    }
}
