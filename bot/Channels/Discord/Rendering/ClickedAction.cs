namespace SourcingBot.Channels.Discord.Rendering;

/// <summary>What a component's custom_id means once decoded.</summary>
internal enum ClickKind
{
    /// <summary>Send a turn to the engine: a button value, a typed word or a form answer.</summary>
    Turn,

    /// <summary>Open the modal that asks for a typed answer to <see cref="ClickedAction.StepId"/>.</summary>
    OpenModal,

    /// <summary>Post the recommendation's summary to the channel for everyone.</summary>
    Share,

    /// <summary>Explain how to continue privately (with <c>/recommend</c>).</summary>
    Private,
}

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
