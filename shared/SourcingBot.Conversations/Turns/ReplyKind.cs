namespace SourcingBot.Conversations.Turns;

/// <summary>What a reply is, so a channel can render it fittingly.</summary>
public enum ReplyKind
{
    /// <summary>An answer from the knowledge module.</summary>
    Answer,

    /// <summary>A conversational message: a greeting, help, a prompt.</summary>
    Message,

    /// <summary>A "did you mean" question offering choices.</summary>
    DidYouMean,

    /// <summary>A polite refusal of an off-topic question, saying what the bot can do.</summary>
    Decline,

    /// <summary>Two strategies side by side.</summary>
    Comparison,

    /// <summary>Something went wrong; the text says what to do.</summary>
    Error,
}
