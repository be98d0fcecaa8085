using SourcingBot.Channels.Discord.Rest;
using SourcingBot.Conversations.Turns;

namespace SourcingBot.Channels.Discord.Rendering;

// Lays buttons out in action rows of five and selects in rows of their own, dropping what does not
// fit in five rows, what cannot be encoded, and repeated custom_ids.
internal sealed class RowBuilder
{
    private readonly List<Component> _rows = [];
    private readonly HashSet<string> _customIds = new(StringComparer.Ordinal);
    private List<Component> _current = [];

    public void Button(string label, IReadOnlyDictionary<string, string> value, int style) =>
        Custom(label, CustomIds.ForAction(new ReplyAction(label, value)), style);

    public void Custom(string label, string? customId, int style)
    {
        if (customId is null || !_customIds.Add(customId))
        {
            return;
        }

        if (_current.Count == DiscordLimits.ButtonsPerRow)
        {
            EndRow();
        }

        if (_rows.Count >= DiscordLimits.ActionRows)
        {
            return;
        }

        _current.Add(new Component
        {
            Type = ComponentTypes.Button,
            Style = style,
            Label = DiscordText.Truncate(DiscordText.Plain(label), DiscordLimits.ButtonLabel),
            CustomId = customId,
        });
    }

    public void Select(Component select)
    {
        EndRow();
        if (_rows.Count >= DiscordLimits.ActionRows || select.Options is not { Count: > 0 } || !_customIds.Add(select.CustomId!))
        {
            return;
        }

        _rows.Add(new Component { Type = ComponentTypes.ActionRow, Components = [select] });
    }

    public void EndRow()
    {
        if (_current.Count == 0)
        {
            return;
        }

        if (_rows.Count < DiscordLimits.ActionRows)
        {
            _rows.Add(new Component { Type = ComponentTypes.ActionRow, Components = _current });
        }

        _current = [];
    }

    public IReadOnlyList<Component> Build()
    {
        EndRow();
        return _rows;
    }
}
