using SourcingBot.Knowledge.Model;

namespace SourcingBot.Knowledge.Comparing;

/// <summary>Two strategies side by side on every comparison dimension.</summary>
public sealed record StrategyComparison(Strategy First, Strategy Second, IReadOnlyList<ComparisonRow> Rows)
{
    /// <summary>Every source either strategy cites.</summary>
    public IReadOnlyList<Source> Sources =>
        First.Sources.Concat(Second.Sources).DistinctBy(source => source.Id).ToArray();
}

/// <summary>One dimension of a comparison.</summary>
public sealed record ComparisonRow(ComparisonDimension Dimension, string First, string Second);
