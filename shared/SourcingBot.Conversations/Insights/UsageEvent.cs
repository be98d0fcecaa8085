namespace SourcingBot.Conversations.Insights;

/// <summary>Something users did that the usage report counts; never who did it.</summary>
/// <param name="Kind">One of <see cref="UsageKinds"/>.</param>
/// <param name="Value">The topic asked or the strategy recommended; null for kinds without one.</param>
/// <param name="Channel">Where it happened.</param>
/// <param name="At">When.</param>
public sealed record UsageEvent(string Kind, string? Value, string Channel, DateTimeOffset At);
