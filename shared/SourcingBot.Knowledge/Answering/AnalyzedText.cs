namespace SourcingBot.Knowledge.Answering;

/// <summary>A text reduced to the terms used for matching.</summary>
/// <param name="Terms">Distinct content terms (stemmed, synonyms folded, stop words removed), in order.</param>
/// <param name="Weights">How much each term counts (1, or less for terms from sentences that only give context).</param>
/// <param name="Bigrams">Pairs of consecutive content terms, joined by a space.</param>
/// <param name="BigramWeights">How much each bigram counts.</param>
internal sealed record AnalyzedText(
    IReadOnlyList<string> Terms,
    IReadOnlyList<double> Weights,
    IReadOnlyList<string> Bigrams,
    IReadOnlyList<double> BigramWeights)
{
    public bool IsEmpty => Terms.Count == 0;
}
