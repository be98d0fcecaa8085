using SourcingBot.Knowledge.Assessment;

namespace SourcingBot.Conversations.Assessment.Reading;

/// <summary>What a free answer to one assessment step was read as.</summary>
/// <param name="Answer">The answer, or null when the text gave none that can be used.</param>
/// <param name="Problem">
/// A specific, friendly sentence to say when the text was understood but cannot be used
/// ("That's more than 100,000 people; what's the number?"); null when the text simply was not an answer.
/// </param>
public sealed record ReadResult(StepAnswer? Answer, string? Problem)
{
    /// <summary>The text was not an answer to the step.</summary>
    public static ReadResult NotAnswer { get; } = new(null, null);

    /// <summary>Whether the text gave a usable answer.</summary>
    public bool IsAnswer => Answer is not null;

    /// <summary>The text gave this answer.</summary>
    public static ReadResult Read(StepAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return new(answer, null);
    }

    /// <summary>The text was understood but cannot be used, for the reason <paramref name="problem"/> tells the user.</summary>
    public static ReadResult Rejected(string problem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(problem);
        return new(null, problem);
    }
}
