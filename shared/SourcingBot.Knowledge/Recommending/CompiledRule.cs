namespace SourcingBot.Knowledge.Recommending;

// A scoring rule with compiled conditions and its adjustments as a vector in candidate order.
internal sealed class CompiledRule
{
    public CompiledRule(ScoringRule rule, IReadOnlyList<Candidate> candidates)
    {
        Rule = rule;
        Conditions = rule.Conditions.Select(condition => new CompiledCondition(condition)).ToArray();
        Adjustments = candidates.Select(candidate => rule.Adjustments.GetValueOrDefault(candidate.Id)).ToArray();
    }

    public ScoringRule Rule { get; }

    public CompiledCondition[] Conditions { get; }

    // The adjustment for each candidate, by the candidate's index.
    public decimal[] Adjustments { get; }

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
