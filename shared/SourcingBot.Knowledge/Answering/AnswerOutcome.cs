namespace SourcingBot.Knowledge.Answering;

/// <summary>What the question answerer made of a question.</summary>
public enum AnswerOutcome
{
    /// <summary>One entry answers it with enough confidence.</summary>
    Answered,

    /// <summary>Several entries fit about equally well, or the best fits only loosely: ask "did you mean".</summary>
    Ambiguous,

    /// <summary>The question is outside what the bot covers; the entry holds the polite decline.</summary>
    Declined,

    /// <summary>Nothing in the knowledge fits.</summary>
    NotUnderstood,
}
