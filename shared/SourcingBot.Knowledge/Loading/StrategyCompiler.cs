using SourcingBot.Knowledge.Model;

namespace SourcingBot.Knowledge.Loading;

// Checks that every strategy names an explaining entry and describes every comparison dimension.
internal sealed class StrategyCompiler(
    List<KnowledgeProblem> problems,
    Dictionary<string, Source> sources,
    HashSet<string> entryIds,
    IReadOnlyList<ComparisonDimension> dimensions)
{
    private readonly ProblemLog _common = new(problems);

    public List<Strategy> Compile(IReadOnlyList<(string File, KnowledgeDocument Document)> documents)
    {
        var items = documents.SelectMany(d => (d.Document.Strategies ?? []).Select(s => (d.File, Item: s, s.Id)));
        return _common.Unique(items, "strategy").Select(s => Compile(s.File, s.Id, s.Item)).ToList();
    }

    private Strategy Compile(string file, string id, StrategyDocument strategy)
    {
        _common.Require(file, id, strategy.Name, "name");
        _common.Require(file, id, strategy.Summary, "summary");
        if (strategy.Entry is null || !entryIds.Contains(strategy.Entry))
        {
            _common.Report(file, id, $"entry \"{strategy.Entry}\" is not an entry id");
        }

        var values = strategy.Values ?? [];
        foreach (var dimension in dimensions.Where(d => string.IsNullOrWhiteSpace(values.GetValueOrDefault(d.Id))))
        {
            _common.Report(file, id, $"values.{dimension.Id} ({dimension.Label}) is missing");
        }

        foreach (var key in values.Keys.Where(key => dimensions.All(d => d.Id != key)))
        {
            _common.Report(file, id, $"values.{key} is not a dimension id");
        }

        var strategySources = _common.ResolveSources(file, id, strategy.Sources, sources);
        if (strategySources.Count == 0)
        {
            _common.Report(file, id, "cites no source: add at least one to sources");
        }

        return new Strategy
        {
            Id = id,
            Name = strategy.Name?.Trim() ?? id,
            Aliases = ProblemLog.NonEmpty(strategy.Aliases),
            EntryId = strategy.Entry ?? string.Empty,
            Summary = strategy.Summary?.Trim() ?? string.Empty,
            Values = values.ToDictionary(pair => pair.Key, pair => pair.Value.Trim(), StringComparer.Ordinal),
            Sources = strategySources,
        };
    }
}
