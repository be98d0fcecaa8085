using SourcingBot.Knowledge.Assessment;

namespace SourcingBot.Conversations.Turns;

/// <summary>
/// The question a reply asks in the guided assessment, so a rich channel can render the fitting input
/// (buttons, a multi-select, a number field) while plain-text channels show the reply's text and choices.
/// </summary>
/// <param name="StepId">The assessment step asked.</param>
/// <param name="Kind">What kind of answer it takes.</param>
/// <param name="Options">For choice steps, one action per option (the same as the reply's choices); empty otherwise.</param>
/// <param name="Example">An example answer for an input box, if any.</param>
/// <param name="Position">The step's position, from 1.</param>
/// <param name="Count">How many steps the assessment has.</param>
/// <param name="CanSkip">Whether "skip" is offered now.</param>
/// <param name="CanGoBack">Whether "back" has somewhere to go.</param>
public sealed record ReplyPrompt(
    string StepId,
    StepKind Kind,
    IReadOnlyList<ReplyAction> Options,
    string? Example,
    int Position,
    int Count,
    bool CanSkip,
    bool CanGoBack)
{
    /// <summary>Whether several options may be picked at once.</summary>
    public bool MultiSelect => Kind == StepKind.MultipleChoice;
}
