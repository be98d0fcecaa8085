namespace SourcingBot.Knowledge.Recommending;

// A scoring rule with compiled conditions and its adjustments by candidate index. A rule moves only
// a few of the candidates, so only those are listed: re-scoring then adds no zeros.
internal sealed class CompiledRule
{
    private readonly ulong _fieldBits;

    public CompiledRule(ScoringRule rule, IReadOnlyList<Candidate> candidates)
    {
        Rule = rule;
        Conditions = rule.Conditions.Select(condition => new CompiledCondition(condition)).ToArray();
        Fields = rule.Conditions.Select(c => c.Field).Distinct().ToArray();
        _fieldBits = Fields.Aggregate(0UL, (bits, field) => bits | (1UL << (int)field));
        Adjustments = candidates
            .Select((candidate, index) => (Index: index, Amount: rule.Adjustments.GetValueOrDefault(candidate.Id)))
            .Where(adjustment => adjustment.Amount != 0)
            .ToArray();
    }

    public ScoringRule Rule { get; }

    public CompiledCondition[] Conditions { get; }

    // The answers the conditions read, each once.
    public ProfileField[] Fields { get; }

    // The non-zero adjustments, by the candidate's index.
    public (int Index, decimal Amount)[] Adjustments { get; }

    // Whether a condition reads the answer: if not, changing that answer cannot change Applies.
    public bool Reads(ProfileField field) => (_fieldBits & (1UL << (int)field)) != 0;

    public void AddTo(Span<decimal> scores, bool subtract = false)
    {
        foreach (var (index, amount) in Adjustments)
        {
            scores[index] += subtract ? -amount : amount;
        }
    }

    // True when every condition holds; false as soon as one fails; null when an answer it needs is unknown.
    public bool? Applies(in ProfileFacts facts)
    {
        var unknown = false;
        foreach (var condition in Conditions)
        {
            switch (condition.Holds(facts))
            {
                case false:
                    return false;
                case null:
                    unknown = true;
                    break;
            }
        }

        return unknown ? null : true;
    }
}
