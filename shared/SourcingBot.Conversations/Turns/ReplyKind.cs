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

    /// <summary>A question of the guided assessment (see <see cref="Reply.Prompt"/>).</summary>
    Question,

    /// <summary>The answers given so far, to confirm or correct.</summary>
    Summary,

    /// <summary>The recommended strategy with its reasons.</summary>
    Recommendation,

    /// <summary>Something went wrong; the text says what to do.</summary>
    Error,
}
