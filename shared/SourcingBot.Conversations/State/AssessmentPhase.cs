namespace SourcingBot.Conversations.State;

/// <summary>Where an assessment in progress stands.</summary>
public enum AssessmentPhase
{
    /// <summary>Asking the questions in order.</summary>
    Asking,

    /// <summary>Showing the summary of answers, to confirm or correct.</summary>
    Reviewing,

    /// <summary>Asking one question again from the summary; the summary follows.</summary>
    Correcting,

    /// <summary>Asking for a new answer after a result ("what if…"); the updated recommendation follows.</summary>
    WhatIf,
}
