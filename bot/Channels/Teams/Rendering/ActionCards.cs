using System.Text.Json;
using SourcingBot.Channels.Teams.Cards;
using SourcingBot.Conversations.Turns;

namespace SourcingBot.Channels.Teams.Rendering;

// Buttons, clickable rows and drop-downs for the engine's actions.
internal static class ActionCards
{
    /// <summary>Teams shows at most this many buttons in one set; more go into a drop-down.</summary>
    public const int MaximumButtons = 6;

    private static readonly IReadOnlyDictionary<string, string> NoData = new Dictionary<string, string>(StringComparer.Ordinal);

    public static bool IsPrivate(ReplyAction action) =>
        action.Value.GetValueOrDefault(ActionValues.ActionKey) == ActionValues.Private;

    /// <summary>
    /// A button that sends the action's value (with its label). "Continue privately" opens the bot's 1:1
    /// chat instead. Buttons never validate the card's inputs, so "skip" works with an empty form.
    /// </summary>
    public static CardAction Button(ReplyAction action, RenderContext context, string? title = null) =>
        IsPrivate(action)
            ? new OpenUrlAction(title ?? action.Label, DeepLinks.PersonalChat(context.BotId))
            : new SubmitAction(title ?? action.Label, Data(action)) { ValidatesInputs = false };

    /// <summary>A full-width clickable line: long labels wrap, where a button would cut them off.</summary>
    public static CardElement Row(ReplyAction action, RenderContext context) =>
        new Container([new TextBlock(action.Label) { Color = "accent" }])
        {
            SelectAction = Button(action, context),
            Spacing = "small",
        };

    /// <summary>A drop-down of actions and a button that sends the one picked.</summary>
    public static IEnumerable<CardElement> DropDown(IReadOnlyList<ReplyAction> actions, string label, string buttonTitle)
    {
        yield return new ChoiceSetInput(actions
            .Select(action => new Choice(action.Label, JsonSerializer.Serialize(Data(action), TeamsJsonContext.Default.DictionaryStringString)))
            .ToArray())
        {
            Id = CardData.ChoiceKey,
            Style = "compact",
            Label = label,
            Placeholder = "Choose…",
            IsRequired = true,
            ErrorMessage = "Choose one first.",
        };
        yield return new ActionSet([new SubmitAction(buttonTitle, NoData)]);
    }

    /// <summary>Buttons for up to <see cref="MaximumButtons"/> actions, else a drop-down.</summary>
    public static IEnumerable<CardElement> Buttons(IReadOnlyList<ReplyAction> actions, RenderContext context, string dropDownLabel) =>
        actions.Count <= MaximumButtons
            ? [new ActionSet(actions.Select(action => Button(action, context)).ToArray())]
            : DropDown(actions, dropDownLabel, "Go");

    public static Dictionary<string, string> Data(ReplyAction action) =>
        new(action.Value, StringComparer.Ordinal) { [CardData.LabelKey] = action.Label };
}
