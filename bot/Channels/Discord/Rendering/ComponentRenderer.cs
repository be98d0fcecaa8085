using SourcingBot.Channels.Discord.Rest;
using SourcingBot.Conversations.Turns;
using SourcingBot.Knowledge.Assessment;

namespace SourcingBot.Channels.Discord.Rendering;

// The action rows under a message: the input for an assessment question (buttons, a string select, a
// button that opens a modal), the summary's confirm button and "change" select, then the replies'
// choices and suggestions as buttons. At most 5 rows of 5 buttons; custom_ids unique per message.
internal static class ComponentRenderer
{
    public static IReadOnlyList<Component> Render(IReadOnlyList<Reply> replies, RenderMode mode)
    {
        if (mode == RenderMode.Text)
        {
            return [];
        }

        var rows = new RowBuilder();
        var prompted = replies.LastOrDefault(reply => reply.Prompt is not null);
        var summary = replies.LastOrDefault(reply => reply.Kind == ReplyKind.Summary && reply.Choices.Count > 0);
        if (prompted?.Prompt is { } prompt)
        {
            AddPrompt(rows, prompt);
            rows.EndRow();
            foreach (var reply in replies)
            {
                AddButtons(rows, reply.Suggestions, ComponentTypes.Secondary);
            }

            if (mode == RenderMode.Flow)
            {
                rows.Button("Restart", ActionValues.RunCommand(DialogCommand.Restart), ComponentTypes.Danger);
            }

            return rows.Build();
        }

        if (summary is not null)
        {
            AddSummary(rows, summary);
            AddButtons(rows, summary.Suggestions, ComponentTypes.Secondary);
            if (mode == RenderMode.Flow)
            {
                rows.Button("Restart", ActionValues.RunCommand(DialogCommand.Restart), ComponentTypes.Danger);
            }

            return rows.Build();
        }

        foreach (var reply in replies)
        {
            AddButtons(rows, reply.Choices, ComponentTypes.Primary);
        }

        rows.EndRow();
        if (mode == RenderMode.Flow && replies.Any(reply => reply.Kind == ReplyKind.Recommendation))
        {
            rows.Custom("Share to channel", CustomIds.Share, ComponentTypes.Success);
        }

        foreach (var reply in replies)
        {
            AddButtons(rows, reply.Suggestions, ComponentTypes.Secondary);
        }

        return rows.Build();
    }

    private static void AddPrompt(RowBuilder rows, ReplyPrompt prompt)
    {
        if (!CustomIds.CanEncode(prompt.StepId))
        {
            return;
        }

        switch (prompt.Kind)
        {
            case StepKind.SingleChoice when prompt.Options.Count is > 0 and <= DiscordLimits.ButtonsPerRow:
                AddButtons(rows, prompt.Options, ComponentTypes.Primary);
                break;
            case StepKind.SingleChoice or StepKind.MultipleChoice when prompt.Options.Count > 0:
                var options = prompt.Options
                    .Select(option => (option.Label, Value: option.Value.GetValueOrDefault(ActionValues.OptionsKey)))
                    .Where(option => option.Value is { Length: > 0 and <= DiscordLimits.SelectOptionText })
                    .Take(DiscordLimits.SelectOptions)
                    .Select(option => new SelectOption(DiscordText.Truncate(option.Label, DiscordLimits.SelectOptionText), option.Value!))
                    .ToArray();
                var multiple = prompt.Kind == StepKind.MultipleChoice;
                rows.Select(new Component
                {
                    Type = ComponentTypes.StringSelect,
                    CustomId = CustomIds.ForSelect(prompt.StepId),
                    Placeholder = multiple ? "Choose one or more…" : "Choose one…",
                    MinValues = 1,
                    MaxValues = multiple ? options.Length : 1,
                    Options = options,
                });
                break;
            case StepKind.YesNo:
                rows.Custom("Yes", CustomIds.ForText("yes"), ComponentTypes.Primary);
                rows.Custom("No", CustomIds.ForText("no"), ComponentTypes.Primary);
                break;
            default:
                rows.Custom("Answer…", CustomIds.ForModal(prompt.StepId), ComponentTypes.Primary);
                break;
        }
    }

    // "Show my recommendation" as a button; the many "Change: …" choices as one select.
    private static void AddSummary(RowBuilder rows, Reply summary)
    {
        var changes = new List<SelectOption>();
        foreach (var choice in summary.Choices)
        {
            var value = choice.Value;
            if (DialogCommands.Parse(value.GetValueOrDefault(ActionValues.CommandKey)) == DialogCommand.Change
                && value.GetValueOrDefault(ActionValues.StepKey) is { Length: > 0 and <= DiscordLimits.SelectOptionText } step)
            {
                var label = choice.Label.StartsWith("Change: ", StringComparison.Ordinal) ? choice.Label["Change: ".Length..] : choice.Label;
                changes.Add(new SelectOption(DiscordText.Truncate(label, DiscordLimits.SelectOptionText), step));
            }
            else
            {
                rows.Button(choice.Label, value, ComponentTypes.Success);
            }
        }

        rows.EndRow();
        if (changes.Count > 0)
        {
            var options = changes.DistinctBy(option => option.Value).Take(DiscordLimits.SelectOptions).ToArray();
            rows.Select(new Component
            {
                Type = ComponentTypes.StringSelect,
                CustomId = CustomIds.ChangeSelect,
                Placeholder = "Change an answer…",
                MinValues = 1,
                MaxValues = 1,
                Options = options,
            });
        }
    }

    private static void AddButtons(RowBuilder rows, IReadOnlyList<ReplyAction> actions, int style)
    {
        foreach (var action in actions)
        {
            rows.Button(action.Label, action.Value, style);
        }
    }
}
