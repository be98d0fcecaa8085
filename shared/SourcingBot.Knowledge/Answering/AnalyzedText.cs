namespace SourcingBot.Knowledge.Answering;

/// <summary>A text reduced to the terms used for matching.</summary>
/// <param name="Terms">Distinct content terms (stemmed, synonyms folded, stop words removed), in order.</param>
/// <param name="Bigrams">Pairs of consecutive content terms, joined by a space.</param>
/// <param name="Unknown">Terms that no knowledge text contains.</param>
internal sealed record AnalyzedText(IReadOnlyList<string> Terms, IReadOnlyList<string> Bigrams, IReadOnlyList<string> Unknown)
{
    public bool IsEmpty => Terms.Count == 0;
}
