using SourcingBot.Conversations.Turns;

namespace SourcingBot.Channels.Discord.Rendering;

// The short keys in custom_id (at most 100 characters): an action code and its arguments separated by
// ':', mapped back to the same button value the engine gave. The adapter keeps no state: the engine
// holds the conversation, the key only says which button was pressed.
internal static class CustomIds
{
    public const string Share = "sh";
    public const string Private = "p";
    public const string ChangeSelect = "g";

    private const char Separator = ':';

    /// <summary>The key of a button that sends <paramref name="action"/>'s value, or null when it cannot be encoded.</summary>
    public static string? ForAction(ReplyAction action)
    {
        var value = action.Value;
        return value.GetValueOrDefault(ActionValues.ActionKey) switch
        {
            ActionValues.Answer => Join("a", value.GetValueOrDefault(ActionValues.StepKey), value.GetValueOrDefault(ActionValues.OptionsKey)),
            ActionValues.Command when value.GetValueOrDefault(ActionValues.StepKey) is { } step =>
                Join("c", value.GetValueOrDefault(ActionValues.CommandKey), step),
            ActionValues.Command => Join("c", value.GetValueOrDefault(ActionValues.CommandKey)),
            ActionValues.Ask => Join("e", value.GetValueOrDefault(ActionValues.EntryIdKey)),
            ActionValues.Compare => Join("v", value.GetValueOrDefault(ActionValues.FirstKey), value.GetValueOrDefault(ActionValues.SecondKey)),
            ActionValues.Assess => "x",
            ActionValues.None => "n",
            ActionValues.Private => Private,
            _ => null,
        };
    }

    public static string ForSelect(string stepId) => Join("s", stepId) ?? throw new ArgumentException("The step id cannot be encoded.", nameof(stepId));

    public static string ForModal(string stepId) => Join("m", stepId) ?? throw new ArgumentException("The step id cannot be encoded.", nameof(stepId));

    public static string ForModalSubmit(string stepId) => Join("f", stepId) ?? throw new ArgumentException("The step id cannot be encoded.", nameof(stepId));

    public static string ForText(string text) => Join("t", text) ?? throw new ArgumentException("The text cannot be encoded.", nameof(text));

    public static bool CanEncode(string stepId) => Join("s", stepId) is not null && Join("m", stepId) is not null;

    /// <summary>What a component interaction means, or null for a key the bot never made.</summary>
    public static ClickedAction? Decode(string? customId, IReadOnlyList<string>? values, string? submittedText = null)
    {
        if (string.IsNullOrEmpty(customId) || customId.Length > DiscordLimits.CustomId)
        {
            return null;
        }

        var parts = customId.Split(Separator);
        string? Part(int index) => index < parts.Length && parts[index].Length > 0 ? parts[index] : null;
        return (parts[0], parts.Length) switch
        {
            ("a", 3) when Part(1) is { } step && Part(2) is { } options =>
                Turn(ActionValues.AnswerStep(step, options.Split(',')), advances: true),
            ("s", 2) when Part(1) is { } step && values is { Count: > 0 } =>
                Turn(ActionValues.AnswerStep(step, values), advances: true),
            (ChangeSelect, 1) when values is [{ Length: > 0 } step] =>
                Turn(ActionValues.RunCommand(DialogCommand.Change, step), advances: true),
            // The copyable summary comes as a message of its own, so the recommendation stays in view.
            ("c", 2 or 3) when DialogCommands.Parse(Part(1)) is { } command =>
                Turn(ActionValues.RunCommand(command, Part(2)), advances: command != DialogCommand.Summary),
            ("e", 2) when Part(1) is { } entry => Turn(ActionValues.AskEntry(entry), advances: false),
            ("v", 3) when Part(1) is { } first && Part(2) is { } second => Turn(ActionValues.CompareStrategies(first, second), advances: false),
            ("x", 1) => Turn(ActionValues.StartAssessment, advances: true),
            ("n", 1) => Turn(ActionValues.NoneOfThese, advances: false),
            ("t", 2) when Part(1) is { } text => new ClickedAction(ClickKind.Turn, Text: text, AdvancesFlow: true),
            ("m", 2) when Part(1) is { } step => new ClickedAction(ClickKind.OpenModal, StepId: step, AdvancesFlow: true),
            ("f", 2) when Part(1) is { } step && !string.IsNullOrWhiteSpace(submittedText) =>
                new ClickedAction(ClickKind.Turn, Text: submittedText.Trim(), StepId: step, AdvancesFlow: true),
            (Share, 1) => new ClickedAction(ClickKind.Share),
            (Private, 1) => new ClickedAction(ClickKind.Private),
            _ => null,
        };
    }

    private static ClickedAction Turn(IReadOnlyDictionary<string, string> value, bool advances) =>
        new(ClickKind.Turn, Value: value, AdvancesFlow: advances);

    private static string? Join(string code, params string?[] parts)
    {
        if (parts.Any(part => string.IsNullOrEmpty(part) || part.Contains(Separator, StringComparison.Ordinal)))
        {
            return null;
        }

        var key = parts.Length == 0 ? code : code + Separator + string.Join(Separator, parts);
        return key.Length <= DiscordLimits.CustomId ? key : null;
    }
}
