using SourcingBot.Knowledge.Model;

namespace SourcingBot.Knowledge.Answering;

/// <summary>The answer to one question.</summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Outcome">What kind of answer it is.</param>
/// <param name="Entry">The best entry (the answer, the decline, or the top guess); null when nothing fits.</param>
/// <param name="Confidence">Calibrated confidence in <paramref name="Entry"/>, from 0 to 1.</param>
/// <param name="Alternatives">For <see cref="AnswerOutcome.Ambiguous"/>, the close candidates, best first.</param>
public sealed record AnswerResult(
    string Question,
    AnswerOutcome Outcome,
    KnowledgeEntry? Entry,
    double Confidence,
    IReadOnlyList<KnowledgeEntry> Alternatives)
{
    /// <summary>The topic of the best entry, or null.</summary>
    public string? Topic => Entry?.Topic;
}
