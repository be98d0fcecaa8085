namespace SourcingBot.Conversations.Turns;

/// <summary>The wire names of <see cref="DialogCommand"/>s in button values.</summary>
public static class DialogCommands
{
    private static readonly Dictionary<DialogCommand, string> Names = new()
    {
        [DialogCommand.Help] = "help",
        [DialogCommand.Why] = "why",
        [DialogCommand.Back] = "back",
        [DialogCommand.Skip] = "skip",
        [DialogCommand.Cancel] = "cancel",
        [DialogCommand.Restart] = "restart",
        [DialogCommand.ForgetMe] = "forget-me",
        [DialogCommand.Confirm] = "confirm",
        [DialogCommand.Change] = "change",
        [DialogCommand.Summary] = "summary",
        [DialogCommand.Expert] = "expert",
    };

    private static readonly Dictionary<string, DialogCommand> ByName =
        Names.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>The wire name of <paramref name="command"/>.</summary>
    public static string Name(DialogCommand command) => Names[command];

    /// <summary>The command with this wire name, or null.</summary>
    public static DialogCommand? Parse(string? name) =>
        name is not null && ByName.TryGetValue(name, out var command) ? command : null;
}
