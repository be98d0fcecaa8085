namespace SourcingBot.Conversations.Insights;

/// <summary>What one turn leaves for the operator: questions not answered well, usage events and a new lead.</summary>
/// <param name="Questions">Questions declined or answered with low confidence.</param>
/// <param name="Usage">Usage events.</param>
/// <param name="Lead">A lead given with consent in this turn, or null.</param>
public sealed record TurnRecord(IReadOnlyList<RecordedQuestion> Questions, IReadOnlyList<UsageEvent> Usage, Lead? Lead)
{
    /// <summary>Whether there is nothing to record.</summary>
    public bool IsEmpty => Questions.Count == 0 && Usage.Count == 0 && Lead is null;
}
