using System.Globalization;
using SourcingBot.Knowledge.Model;
using SourcingBot.Knowledge.Recommending;

namespace SourcingBot.Knowledge.Loading;

// Validates the `recommendation:` sections (rules, hybrids, regions, overlap needs, locations and
// next steps) of all files and builds the rules the recommendation engine runs on. Every problem
// names the file and the rule, hybrid or region it is in.
internal sealed class RecommendationCompiler(
    List<KnowledgeProblem> problems,
    Dictionary<string, Source> sources,
    HashSet<string> entryIds,
    IReadOnlyList<Strategy> strategies)
{
    private readonly ProblemLog _common = new(problems);
    private readonly HashSet<string> _strategyIds = strategies.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

    public RecommendationRules Compile(IReadOnlyList<(string File, KnowledgeDocument Document)> documents)
    {
        var sections = documents.Where(d => d.Document.Recommendation is not null)
            .Select(d => (d.File, Section: d.Document.Recommendation!)).ToArray();
        if (sections.Length == 0)
        {
            return RecommendationRules.Empty;
        }

        var hybrids = CompileHybrids(sections);
        var candidateIds = _strategyIds.Concat(hybrids.Select(h => h.Id)).ToHashSet(StringComparer.Ordinal);
        var regions = new RegionCompiler(_common, problems, _strategyIds);
        var (start, end) = regions.CompileBusinessDay(sections);
        var rules = _common.Unique(sections.SelectMany(s => (s.Section.Rules ?? []).Select(r => (s.File, Item: r, r.Id))), "rule")
            .Select(r => CompileRule(r.File, r.Id, r.Item, candidateIds))
            .OfType<ScoringRule>()
            .ToArray();
        return new RecommendationRules
        {
            Rules = rules,
            Hybrids = hybrids,
            Regions = regions.CompileRegions(sections),
            Locations = regions.CompileLocations(sections),
            OverlapRequirements = CompileOverlap(sections),
            BusinessDayStart = start,
            BusinessDayEnd = end,
            NextSteps = CompileNextSteps(sections, candidateIds),
        };
    }

    private ScoringRule? CompileRule(string file, string id, RecommendationDocument.RuleDocument rule, HashSet<string> candidateIds)
    {
        var before = problems.Count;
        var conditions = new ConditionCompiler(_common).Compile(file, id, rule.When);
        var adjustments = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (rule.Then is null || rule.Then.Count == 0)
        {
            _common.Report(file, id, "then needs at least one strategy with a score adjustment");
        }

        foreach (var (target, value) in rule.Then ?? [])
        {
            if (!candidateIds.Contains(target))
            {
                _common.Report(file, id, $"then: \"{target}\" is not a strategy or hybrid id ({string.Join(", ", candidateIds)})");
            }
            else if (ParseNumber(value) is { } amount)
            {
                adjustments[target] = amount;
            }
            else
            {
                _common.Report(file, id, $"then.{target}: \"{value}\" is not a number");
            }
        }

        _common.Require(file, id, rule.Because, "because");
        var grounding = Ground(file, id, rule.Entries, rule.Sources);
        return problems.Count > before
            ? null
            : new ScoringRule
            {
                Id = id,
                Conditions = conditions,
                Adjustments = adjustments,
                Because = rule.Because!.Trim(),
                Step = string.IsNullOrWhiteSpace(rule.Step) ? null : rule.Step.Trim(),
                EntryIds = grounding.Entries,
                SourceIds = grounding.Sources,
            };
    }

    private List<HybridStrategy> CompileHybrids((string File, RecommendationDocument Section)[] sections)
    {
        var result = new List<HybridStrategy>();
        var items = sections.SelectMany(s => (s.Section.Hybrids ?? []).Select(h => (s.File, Item: h, h.Id)));
        foreach (var (file, hybrid, id) in _common.Unique(items, "hybrid"))
        {
            var before = problems.Count;
            if (_strategyIds.Contains(id))
            {
                _common.Report(file, id, "a hybrid id must differ from every strategy id");
            }

            _common.Require(file, id, hybrid.Name, "name");
            _common.Require(file, id, hybrid.Summary, "summary");
            var parts = (hybrid.Parts ?? []).Select(ProblemLog.NonEmpty).ToArray();
            if (parts.Length < 2 || parts.Any(part => part.Length == 0))
            {
                _common.Report(file, id, "parts needs at least two non-empty lists of strategy ids");
            }

            foreach (var unknown in parts.SelectMany(part => part).Where(s => !_strategyIds.Contains(s)))
            {
                _common.Report(file, id, $"parts: \"{unknown}\" is not a strategy id");
            }

            var grounding = Ground(file, id, hybrid.Entries, hybrid.Sources);
            if (problems.Count == before)
            {
                result.Add(new HybridStrategy
                {
                    Id = id,
                    Name = hybrid.Name!.Trim(),
                    Summary = hybrid.Summary!.Trim(),
                    Parts = parts,
                    EntryIds = grounding.Entries,
                    SourceIds = grounding.Sources,
                });
            }
        }

        return result;
    }

    private List<OverlapRequirement> CompileOverlap((string File, RecommendationDocument Section)[] sections)
    {
        var result = new List<OverlapRequirement>();
        var items = sections.SelectMany(s => (s.Section.Overlap ?? []).Select(o => (s.File, Item: o, o.Id)));
        foreach (var (file, item, id) in _common.Unique(items, "overlap"))
        {
            var before = problems.Count;
            var need = new ConditionField("need", ProfileField.OverlapNeeded, FieldKind.EnumValue, typeof(OverlapNeed));
            var canonical = item.Need is null ? null : need.Canonical(item.Need);
            if (canonical is null)
            {
                _common.Report(file, id, $"need \"{item.Need}\" is not one of {string.Join(", ", need.AllowedValues)}");
            }
            else if (result.Any(r => r.Need.ToString() == canonical))
            {
                _common.Report(file, id, $"need \"{item.Need}\" already has an overlap requirement");
            }

            var hours = ParseNumber(item.MinimumHours);
            if (hours is null or < 0 or > 24)
            {
                _common.Report(file, id, $"minimumHours \"{item.MinimumHours}\" must be a number of hours from 0 to 24");
            }

            var meets = ParseNumber(item.Meets);
            var fallsShort = ParseNumber(item.FallsShort);
            if (meets is null || fallsShort is null)
            {
                _common.Report(file, id, "meets and fallsShort must be numbers (score adjustments)");
            }

            _common.Require(file, id, item.Because, "because");
            var grounding = Ground(file, id, item.Entries, item.Sources);
            if (problems.Count == before)
            {
                result.Add(new OverlapRequirement
                {
                    Id = id,
                    Need = Enum.Parse<OverlapNeed>(canonical!),
                    MinimumHours = (double)hours!.Value,
                    Meets = meets!.Value,
                    FallsShort = fallsShort!.Value,
                    Because = item.Because!.Trim(),
                    EntryIds = grounding.Entries,
                    SourceIds = grounding.Sources,
                });
            }
        }

        return result;
    }

    private Dictionary<string, IReadOnlyList<string>> CompileNextSteps(
        (string File, RecommendationDocument Section)[] sections, HashSet<string> candidateIds)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (file, (id, steps)) in sections.SelectMany(s => (s.Section.NextSteps ?? []).Select(n => (s.File, n))))
        {
            if (!candidateIds.Contains(id))
            {
                _common.Report(file, id, "nextSteps: not a strategy or hybrid id");
            }
            else if (!result.TryAdd(id, ProblemLog.NonEmpty(steps)))
            {
                _common.Report(file, id, "nextSteps: listed twice");
            }
        }

        foreach (var missing in candidateIds.Where(id => result.GetValueOrDefault(id) is not { Count: > 0 }).Order(StringComparer.Ordinal))
        {
            _common.Report(sections[0].File, missing, "nextSteps: needs at least one next step");
        }

        return result;
    }

    private (string[] Entries, string[] Sources) Ground(string file, string id, List<string>? entries, List<string>? sourceIds)
    {
        var entryList = ProblemLog.NonEmpty(entries);
        foreach (var entry in entryList.Where(e => !entryIds.Contains(e)))
        {
            _common.Report(file, id, $"entry \"{entry}\" is not an entry id");
        }

        var resolved = _common.ResolveSources(file, id, sourceIds, sources);
        if (ProblemLog.NonEmpty(sourceIds).Length == 0)
        {
            _common.Report(file, id, "cites no source: add at least one to sources");
        }

        return (entryList, resolved.Select(s => s.Id).ToArray());
    }

    private static decimal? ParseNumber(string? value) =>
        decimal.TryParse(value, NumberStyles.Number | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
}
