namespace SourcingBot.Knowledge.Answering;

/// <summary>An entry's score for a query, with its best-matching phrasing.</summary>
/// <param name="Entry">The entry's position in the knowledge.</param>
/// <param name="Score">The score the entry is ranked by.</param>
/// <param name="SearchScore">The score retrieval gave it, before any re-ranking.</param>
/// <param name="Document">The entry's best-matching phrasing.</param>
/// <param name="DocumentLength">How many terms that phrasing has.</param>
internal readonly record struct ScoredEntry(int Entry, double Score, double SearchScore, int Document, int DocumentLength)
{
    /// <summary>
    /// Higher scores first; equal scores go to the better retrieval score, then to the entry whose matched
    /// phrasing has the least the question did not ask, then to the entry that comes first in the knowledge.
    /// </summary>
    public static readonly Comparison<ScoredEntry> BestFirst = (a, b) =>
        b.Score != a.Score ? b.Score.CompareTo(a.Score)
        : b.SearchScore != a.SearchScore ? b.SearchScore.CompareTo(a.SearchScore)
        : a.DocumentLength != b.DocumentLength ? a.DocumentLength.CompareTo(b.DocumentLength)
        : a.Entry.CompareTo(b.Entry);
}
