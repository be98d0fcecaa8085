namespace SourcingBot.Conversations.Assessment.Reading;

// Where a phrase was found in a list of words, and what it stands for.
internal readonly record struct PhraseHit<T>(int Start, int Length, T Tag)
{
    public int End => Start + Length;

    public bool Overlaps(PhraseHit<T> other) => Start < other.End && other.Start < End;
}
