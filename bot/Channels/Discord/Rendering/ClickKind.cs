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
