namespace SourcingBot.Conversations.Turns;

/// <summary>What a user can ask of the conversation itself, by typing or with a button.</summary>
public enum DialogCommand
{
    /// <summary>Explain what to do now.</summary>
    Help,

    /// <summary>Say why the current question is asked.</summary>
    Why,

    /// <summary>Go back to the previous question.</summary>
    Back,

    /// <summary>Leave the current question unanswered.</summary>
    Skip,

    /// <summary>Stop the assessment.</summary>
    Cancel,

    /// <summary>Start the assessment again from the first question.</summary>
    Restart,

    /// <summary>Erase everything stored about the conversation.</summary>
    ForgetMe,

    /// <summary>Accept the summary of answers and show the recommendation.</summary>
    Confirm,

    /// <summary>Change one answer (the step is given with the command, or asked for).</summary>
    Change,

    /// <summary>Show the copyable Markdown summary of the last recommendation.</summary>
    Summary,

    /// <summary>Ask to be contacted by an expert ("Talk to an expert"): starts a short dialog asking for contact details.</summary>
    Expert,
}
