using SourcingBot.Knowledge.Assessment;

namespace SourcingBot.Conversations.Assessment.Reading;

/// <summary>The step a correction or what-if is about, and what its text was read as for that step.</summary>
/// <param name="Step">The step the text names.</param>
/// <param name="Result">The text read as an answer to it; <see cref="ReadResult.NotAnswer"/> when it names the step without a value.</param>
public sealed record StepMatch(AssessmentStep Step, ReadResult Result);
