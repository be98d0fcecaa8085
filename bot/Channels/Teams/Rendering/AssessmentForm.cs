using SourcingBot.Channels.Teams.Cards;
using SourcingBot.Conversations.Turns;
using SourcingBot.Knowledge.Assessment;

namespace SourcingBot.Channels.Teams.Rendering;

// The input for an assessment question: check boxes or radio buttons for choices (the submitted value is
// the engine's own answer value, options comma-separated), yes/no buttons, or a number or text field whose
// value is read as if typed. Inline validation stops an empty answer before it is sent.
internal static class AssessmentForm
{
    public static IEnumerable<CardElement> For(ReplyPrompt prompt)
    {
        switch (prompt.Kind)
        {
            case StepKind.SingleChoice or StepKind.MultipleChoice when prompt.Options.Count > 0:
                var multi = prompt.MultiSelect;
                yield return new ChoiceSetInput(prompt.Options
                    .Select(option => new Choice(option.Label, option.Value.GetValueOrDefault(ActionValues.OptionsKey) ?? option.Label))
                    .ToArray())
                {
                    Id = ActionValues.OptionsKey,
                    IsMultiSelect = multi,
                    Label = multi ? "Pick one or more" : "Pick one",
                    IsRequired = true,
                    ErrorMessage = multi ? "Pick at least one option." : "Pick an option.",
                };
                yield return Submit(new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    [ActionValues.ActionKey] = ActionValues.Answer,
                    [ActionValues.StepKey] = prompt.StepId,
                });
                break;
            case StepKind.YesNo:
                yield return new ActionSet([Typed("Yes", "yes"), Typed("No", "no")]);
                break;
            case StepKind.Number:
                yield return new NumberInput
                {
                    Id = CardData.TextKey,
                    Label = "Your answer",
                    Placeholder = Example(prompt),
                    Min = 0,
                    IsRequired = true,
                    ErrorMessage = "Type a number" + (prompt.Example is null ? "." : $", for example {Digits(prompt.Example)}."),
                };
                yield return Submit(Step(prompt));
                break;
            default:
                yield return new TextInput
                {
                    Id = CardData.TextKey,
                    Label = "Your answer",
                    Placeholder = Example(prompt),
                    MaxLength = 200,
                    IsRequired = true,
                    ErrorMessage = "Type your answer" + (prompt.Example is null ? "." : $", for example {prompt.Example}."),
                };
                yield return Submit(Step(prompt));
                break;
        }

        yield return new TextBlock("You can also type your answer in the chat, in your own words.") { IsSubtle = true, Size = "small" };
    }

    private static ActionSet Submit(IReadOnlyDictionary<string, string> data) =>
        new([new SubmitAction("Answer", data) { Style = "positive" }]);

    private static SubmitAction Typed(string title, string text) =>
        new(title, new Dictionary<string, string>(StringComparer.Ordinal) { [CardData.TextKey] = text, [CardData.LabelKey] = title });

    // The step travels along for logs; the answer itself is read like typed text.
    private static Dictionary<string, string> Step(ReplyPrompt prompt) =>
        new(StringComparer.Ordinal) { [ActionValues.StepKey] = prompt.StepId };

    private static string? Example(ReplyPrompt prompt) => prompt.Example is null ? null : $"e.g. {prompt.Example}";

    private static string Digits(string example)
    {
        var digits = new string(example.Where(char.IsAsciiDigit).ToArray());
        return digits.Length > 0 ? digits : "40";
    }
}
