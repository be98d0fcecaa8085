using SourcingBot.Knowledge.Assessment;
using SourcingBot.Knowledge.Recommending;

namespace SourcingBot.Knowledge.Model;

/// <summary>The validated, immutable knowledge content.</summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, KnowledgeEntry> _entries;
    private readonly Dictionary<string, Strategy> _strategies;

    /// <summary>Creates a knowledge base from validated parts.</summary>
    public KnowledgeBase(
        IReadOnlyList<KnowledgeEntry> entries,
        IReadOnlyList<Source> sources,
        IReadOnlyList<ComparisonDimension> dimensions,
        IReadOnlyList<Strategy> strategies,
        Vocabulary vocabulary)
    {
        Entries = entries;
        Sources = sources;
        Dimensions = dimensions;
        Strategies = strategies;
        Vocabulary = vocabulary;
        _entries = entries.ToDictionary(entry => entry.Id, StringComparer.Ordinal);
        _strategies = strategies.ToDictionary(strategy => strategy.Id, StringComparer.Ordinal);
    }

    /// <summary>Every answer.</summary>
    public IReadOnlyList<KnowledgeEntry> Entries { get; }

    /// <summary>Every publication cited.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>The dimensions strategies are compared on.</summary>
    public IReadOnlyList<ComparisonDimension> Dimensions { get; }

    /// <summary>The sourcing strategies.</summary>
    public IReadOnlyList<Strategy> Strategies { get; }

    /// <summary>Synonyms and short forms.</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>The rules, regions and next steps of the recommendation engine (none unless the content has them).</summary>
    public RecommendationRules Recommendation { get; init; } = RecommendationRules.Empty;

    /// <summary>The guided assessment's intro, triggers and questions (empty unless the content has them).</summary>
    public AssessmentDefinition Assessment { get; init; } = AssessmentDefinition.Empty;

    /// <summary>The entry with this id, or null.</summary>
    public KnowledgeEntry? FindEntry(string id) => _entries.GetValueOrDefault(id);

    /// <summary>The strategy with this id, or null.</summary>
    public Strategy? FindStrategy(string id) => _strategies.GetValueOrDefault(id);
}
