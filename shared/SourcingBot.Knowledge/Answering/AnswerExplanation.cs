namespace SourcingBot.Knowledge.Answering;

/// <summary>Why a question got its answer: the terms it was reduced to and the best-scoring entries.</summary>
/// <param name="Terms">The matching terms, with how much each counted.</param>
/// <param name="Candidates">The best entries with their scores, best first.</param>
/// <param name="Result">The answer given.</param>
public sealed record AnswerExplanation(
    IReadOnlyList<(string Term, double Weight)> Terms,
    IReadOnlyList<(string EntryId, string Topic, double Score)> Candidates,
    AnswerResult Result);
