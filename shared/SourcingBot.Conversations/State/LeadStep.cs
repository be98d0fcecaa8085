namespace SourcingBot.Conversations.State;

/// <summary>The steps of the "Talk to an expert" dialog, in order.</summary>
public enum LeadStep
{
    /// <summary>The person's name.</summary>
    Name,

    /// <summary>Their work email.</summary>
    Email,

    /// <summary>Their company.</summary>
    Company,

    /// <summary>When they prefer to be contacted.</summary>
    ContactTime,

    /// <summary>The details shown back, with the request for consent to store them and be contacted.</summary>
    Consent,
}
