using System.Text.Json.Nodes;
using SourcingBot.Channels.Discord.Interactions;
using SourcingBot.Channels.Discord.Rest;

namespace SourcingBot.Channels.Discord.Rendering;

// Checks a body against Discord's documented limits before it is sent (and in tests, every body the
// bot produces). A problem here is a bug in the renderer: the sender logs it and sends a safe fallback.
internal static class MessageValidator
{
    public static int EmbedLength(Embed embed) =>
        (embed.Title?.Length ?? 0) + (embed.Description?.Length ?? 0) + (embed.Footer?.Text.Length ?? 0)
        + (embed.Fields?.Sum(field => field.Name.Length + field.Value.Length) ?? 0);

    public static IReadOnlyList<string> Validate(DiscordMessage message, bool isEdit = false)
    {
        var problems = new List<string>();
        if (message.AllowedMentions is not { Parse.Count: 0 })
        {
            problems.Add("allowed_mentions must be {\"parse\": []}");
        }

        if (message.Content?.Length > DiscordLimits.Content)
        {
            problems.Add($"content is {message.Content.Length} characters (max {DiscordLimits.Content})");
        }

        var embeds = message.Embeds ?? [];
        if (!isEdit && string.IsNullOrEmpty(message.Content) && embeds.Count == 0 && (message.Components?.Count ?? 0) == 0)
        {
            problems.Add("a message needs content, embeds or components");
        }

        if (embeds.Count > DiscordLimits.EmbedsPerMessage)
        {
            problems.Add($"{embeds.Count} embeds (max {DiscordLimits.EmbedsPerMessage})");
        }

        var total = 0;
        foreach (var (embed, index) in embeds.Select((embed, index) => (embed, index)))
        {
            ValidateEmbed(embed, $"embeds[{index}]", problems);
            total += EmbedLength(embed);
        }

        if (total > DiscordLimits.EmbedTotal)
        {
            problems.Add($"embeds total {total} characters (max {DiscordLimits.EmbedTotal})");
        }

        ValidateRows(message.Components ?? [], problems);
        return problems;
    }

    public static IReadOnlyList<string> Validate(ModalData modal)
    {
        var problems = new List<string>();
        Check(problems, modal.Title.Length is >= 1 and <= DiscordLimits.ModalTitle, "modal title must be 1-45 characters");
        Check(problems, modal.CustomId.Length is >= 1 and <= DiscordLimits.CustomId, "modal custom_id must be 1-100 characters");
        Check(problems, modal.Components.Count is >= 1 and <= DiscordLimits.ModalComponents, "a modal has 1-5 components");
        foreach (var label in modal.Components)
        {
            Check(problems, label.Type == ComponentTypes.Label && label.Child is { Type: ComponentTypes.TextInput }, "modal components must be labels holding a text input");
            Check(problems, label.Label?.Length is >= 1 and <= DiscordLimits.LabelText, "label text must be 1-45 characters");
            Check(problems, (label.Description?.Length ?? 0) <= DiscordLimits.LabelDescription, "label description must be at most 100 characters");
            if (label.Child is { } input)
            {
                Check(problems, input.CustomId?.Length is >= 1 and <= DiscordLimits.CustomId, "text input custom_id must be 1-100 characters");
                Check(problems, input.Style is ComponentTypes.ShortText or ComponentTypes.ParagraphText, "text input style must be 1 or 2");
                Check(problems, input.Label is null, "a text input inside a label has no label of its own");
                Check(problems, (input.Placeholder?.Length ?? 0) <= DiscordLimits.TextInputPlaceholder, "text input placeholder must be at most 100 characters");
                Check(problems, input.MinLength is null or >= 0 and <= DiscordLimits.TextInputLength, "text input min_length must be 0-4000");
                Check(problems, input.MaxLength is null or >= 1 and <= DiscordLimits.TextInputLength, "text input max_length must be 1-4000");
                Check(problems, (input.MinLength ?? 0) <= (input.MaxLength ?? DiscordLimits.TextInputLength), "text input min_length must not exceed max_length");
            }
        }

        return problems;
    }

    public static IReadOnlyList<string> Validate(AutocompleteData data)
    {
        var problems = new List<string>();
        Check(problems, data.Choices.Count <= DiscordLimits.AutocompleteChoices, "at most 25 autocomplete choices");
        foreach (var choice in data.Choices)
        {
            Check(problems, choice.Name.Length is >= 1 and <= DiscordLimits.ChoiceName, $"choice name '{choice.Name}' must be 1-100 characters");
            Check(problems, choice.Value.Length is >= 1 and <= DiscordLimits.ChoiceValue, $"choice value '{choice.Value}' must be 1-100 characters");
        }

        return problems;
    }

    /// <summary>Checks a commands.json array as Discord's bulk overwrite accepts it.</summary>
    public static IReadOnlyList<string> ValidateCommands(JsonArray commands)
    {
        var problems = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var command in commands.OfType<JsonObject>())
        {
            var name = command["name"]?.GetValue<string>() ?? string.Empty;
            Check(problems, IsCommandName(name), $"command name '{name}' must be 1-32 lowercase characters");
            Check(problems, names.Add(name), $"command name '{name}' is repeated");
            var description = command["description"]?.GetValue<string>() ?? string.Empty;
            Check(problems, description.Length is >= 1 and <= DiscordLimits.CommandDescription, $"/{name}: description must be 1-100 characters");
            var options = command["options"]?.AsArray() ?? [];
            Check(problems, options.Count <= DiscordLimits.CommandOptions, $"/{name}: at most 25 options");
            var requiredDone = false;
            foreach (var option in options.OfType<JsonObject>())
            {
                var optionName = option["name"]?.GetValue<string>() ?? string.Empty;
                Check(problems, IsCommandName(optionName), $"/{name} {optionName}: option name must be 1-32 lowercase characters");
                var optionDescription = option["description"]?.GetValue<string>() ?? string.Empty;
                Check(problems, optionDescription.Length is >= 1 and <= DiscordLimits.CommandDescription, $"/{name} {optionName}: description must be 1-100 characters");
                var required = option["required"]?.GetValue<bool>() ?? false;
                Check(problems, !required || !requiredDone, $"/{name} {optionName}: required options come before optional ones");
                requiredDone |= !required;
                var choices = option["choices"]?.AsArray() ?? [];
                Check(problems, choices.Count <= DiscordLimits.AutocompleteChoices, $"/{name} {optionName}: at most 25 choices");
                Check(problems, choices.Count == 0 || option["autocomplete"]?.GetValue<bool>() != true, $"/{name} {optionName}: autocomplete cannot have choices");
                foreach (var choice in choices.OfType<JsonObject>())
                {
                    Check(problems, choice["name"]?.GetValue<string>().Length is >= 1 and <= DiscordLimits.ChoiceName, $"/{name} {optionName}: choice names must be 1-100 characters");
                    Check(problems, choice["value"]?.ToString().Length is >= 1 and <= DiscordLimits.ChoiceValue, $"/{name} {optionName}: choice values must be 1-100 characters");
                }
            }
        }

        return problems;
    }

    private static bool IsCommandName(string name) =>
        name.Length is >= 1 and <= DiscordLimits.CommandName
        && name.All(c => char.IsLetterOrDigit(c) || c is '-' or '_')
        && !name.Any(char.IsUpper);

    private static void ValidateEmbed(Embed embed, string at, List<string> problems)
    {
        Check(problems, (embed.Title?.Length ?? 0) <= DiscordLimits.EmbedTitle, $"{at}.title is over {DiscordLimits.EmbedTitle}");
        Check(problems, (embed.Description?.Length ?? 0) <= DiscordLimits.EmbedDescription, $"{at}.description is over {DiscordLimits.EmbedDescription}");
        Check(problems, (embed.Footer?.Text.Length ?? 0) <= DiscordLimits.FooterText, $"{at}.footer is over {DiscordLimits.FooterText}");
        Check(problems, embed.Title is not null || embed.Description is not null || embed.Fields is { Count: > 0 }, $"{at} is empty");
        var fields = embed.Fields ?? [];
        Check(problems, fields.Count <= DiscordLimits.EmbedFields, $"{at} has {fields.Count} fields (max {DiscordLimits.EmbedFields})");
        foreach (var field in fields)
        {
            Check(problems, field.Name.Length is >= 1 and <= DiscordLimits.FieldName, $"{at} field name '{Short(field.Name)}' must be 1-256 characters");
            Check(problems, field.Value.Length is >= 1 and <= DiscordLimits.FieldValue, $"{at} field '{Short(field.Name)}' value must be 1-1024 characters");
        }

        Check(problems, EmbedLength(embed) <= DiscordLimits.EmbedTotal, $"{at} is over {DiscordLimits.EmbedTotal} characters");
    }

    private static void ValidateRows(IReadOnlyList<Component> rows, List<string> problems)
    {
        Check(problems, rows.Count <= DiscordLimits.ActionRows, $"{rows.Count} action rows (max {DiscordLimits.ActionRows})");
        var customIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            Check(problems, row.Type == ComponentTypes.ActionRow, "top-level components must be action rows");
            var children = row.Components ?? [];
            var buttons = children.Count(child => child.Type == ComponentTypes.Button);
            var selects = children.Count(child => child.Type == ComponentTypes.StringSelect);
            Check(problems, children.Count >= 1, "an action row needs a component");
            Check(problems, selects == 0 ? buttons <= DiscordLimits.ButtonsPerRow : children.Count == 1, "an action row holds up to 5 buttons or one select");
            foreach (var child in children)
            {
                var id = child.CustomId ?? string.Empty;
                if (child.Style == ComponentTypes.Link)
                {
                    Check(problems, child.Url is not null && child.CustomId is null, "a link button has a url and no custom_id");
                }
                else
                {
                    Check(problems, id.Length is >= 1 and <= DiscordLimits.CustomId, $"custom_id '{Short(id)}' must be 1-100 characters");
                    Check(problems, customIds.Add(id), $"custom_id '{id}' is repeated");
                }

                if (child.Type == ComponentTypes.Button)
                {
                    Check(problems, child.Label?.Length is >= 1 and <= DiscordLimits.ButtonLabel, $"button label '{Short(child.Label ?? string.Empty)}' must be 1-80 characters");
                    Check(problems, child.Style is >= ComponentTypes.Primary and <= ComponentTypes.Link, "button style must be 1-5");
                }
                else if (child.Type == ComponentTypes.StringSelect)
                {
                    var options = child.Options ?? [];
                    Check(problems, options.Count is >= 1 and <= DiscordLimits.SelectOptions, "a select has 1-25 options");
                    Check(problems, (child.Placeholder?.Length ?? 0) <= DiscordLimits.SelectPlaceholder, "select placeholder must be at most 150 characters");
                    Check(problems, child.MinValues is null or >= 0 and <= DiscordLimits.SelectOptions, "select min_values must be 0-25");
                    Check(problems, child.MaxValues is null or >= 1 and <= DiscordLimits.SelectOptions, "select max_values must be 1-25");
                    Check(problems, (child.MaxValues ?? 1) <= options.Count && (child.MinValues ?? 1) <= (child.MaxValues ?? 1), "select min/max values must fit its options");
                    Check(problems, options.Select(option => option.Value).Distinct(StringComparer.Ordinal).Count() == options.Count, "select option values must be unique");
                    foreach (var option in options)
                    {
                        Check(problems, option.Label.Length is >= 1 and <= DiscordLimits.SelectOptionText, $"select option label '{Short(option.Label)}' must be 1-100 characters");
                        Check(problems, option.Value.Length is >= 1 and <= DiscordLimits.SelectOptionText, $"select option value '{Short(option.Value)}' must be 1-100 characters");
                        Check(problems, (option.Description?.Length ?? 0) <= DiscordLimits.SelectOptionText, "select option description must be at most 100 characters");
                    }
                }
                else
                {
                    problems.Add($"component type {child.Type} is not allowed in a message action row here");
                }
            }
        }
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static void Check(List<string> problems, bool condition, string problem)
    {
        if (!condition)
        {
            problems.Add(problem);
        }
    }
}
