namespace SourcingBot.Knowledge.Model;

/// <summary>A statistic with the source it comes from.</summary>
/// <param name="Value">The figure as written, e.g. "87%".</param>
/// <param name="Text">What the figure measures.</param>
/// <param name="Source">The publication it comes from.</param>
public sealed record Figure(string Value, string Text, Source Source);
