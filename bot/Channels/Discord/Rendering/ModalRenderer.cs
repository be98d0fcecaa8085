using System.Globalization;
using SourcingBot.Channels.Discord.Interactions;
using SourcingBot.Channels.Discord.Rest;
using SourcingBot.Knowledge.Assessment;

namespace SourcingBot.Channels.Discord.Rendering;

// The modal that asks for a typed answer (a number, an amount, a timeline, a place, free text): one
// label holding one text input, whose value comes back as an ordinary text turn.
internal static class ModalRenderer
{
    public const string InputId = "answer";

    public static ModalData ForStep(AssessmentStep step, int position, int count, int maximumLength)
    {
        var title = DiscordText.Truncate(string.Create(CultureInfo.InvariantCulture, $"Question {position} of {count}"), DiscordLimits.ModalTitle);
        var input = new Component
        {
            Type = ComponentTypes.TextInput,
            CustomId = InputId,
            Style = step.Kind == StepKind.FreeText ? ComponentTypes.ParagraphText : ComponentTypes.ShortText,
            MinLength = 1,
            MaxLength = Math.Clamp(maximumLength, 1, step.Kind == StepKind.FreeText ? DiscordLimits.TextInputLength : 200),
            Required = true,
            Placeholder = step.Example is null ? null : DiscordText.Truncate(step.Example, DiscordLimits.TextInputPlaceholder),
        };
        var label = new Component
        {
            Type = ComponentTypes.Label,
            Label = DiscordText.Truncate(DiscordText.Plain(step.Label), DiscordLimits.LabelText),
            Description = DiscordText.Truncate(DiscordText.Plain(step.Prompt), DiscordLimits.LabelDescription),
            Child = input,
        };
        return new ModalData(CustomIds.ForModalSubmit(step.Id), title, [label]);
    }

    /// <summary>A one-line input for a question that is not an assessment step; the question stays in view above it.</summary>
    public static ModalData ForAnswer(string stepId)
    {
        var input = new Component
        {
            Type = ComponentTypes.TextInput,
            CustomId = InputId,
            Style = ComponentTypes.ShortText,
            MinLength = 1,
            MaxLength = 200,
            Required = true,
        };
        var label = new Component { Type = ComponentTypes.Label, Label = "Your answer", Child = input };
        return new ModalData(CustomIds.ForModalSubmit(stepId), "Your answer", [label]);
    }

    /// <summary>The text typed into a submitted modal, whichever layout the payload uses.</summary>
    public static string? SubmittedText(IReadOnlyList<SubmittedComponent>? components)
    {
        foreach (var component in components ?? [])
        {
            if (component.Type == ComponentTypes.TextInput && component.CustomId == InputId)
            {
                return component.Value;
            }

            var nested = component.Component is { } child ? SubmittedText([child]) : SubmittedText(component.Components);
            if (nested is not null)
            {
                return nested;
            }
        }

        return null;
    }
}
