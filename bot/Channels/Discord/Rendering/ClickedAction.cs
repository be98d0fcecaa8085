namespace SourcingBot.Channels.Discord.Rendering;

/// <param name="Kind">What to do.</param>
/// <param name="Value">For a turn, the button value the engine gets; null for typed text.</param>
/// <param name="Text">For a turn, the text the engine gets.</param>
/// <param name="StepId">For a modal, the step it answers.</param>
/// <param name="AdvancesFlow">Whether the click moves the assessment on, so its message is updated in place.</param>
internal sealed record ClickedAction(
    ClickKind Kind,
    IReadOnlyDictionary<string, string>? Value = null,
    string? Text = null,
    string? StepId = null,
    bool AdvancesFlow = false);
