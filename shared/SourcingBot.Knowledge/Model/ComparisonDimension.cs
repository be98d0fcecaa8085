namespace SourcingBot.Knowledge.Model;

/// <summary>A dimension on which sourcing strategies are compared, e.g. "Control".</summary>
public sealed record ComparisonDimension(string Id, string Label);
