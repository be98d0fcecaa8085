using System.Text.RegularExpressions;
using SourcingBot.Knowledge.Model;

namespace SourcingBot.Knowledge.Loading;

// Checks the parsed files against the content rules and builds the model; every problem is
// recorded with its file and item so the operator can fix them all in one pass.
internal sealed partial class KnowledgeCompiler(
    IReadOnlyList<(string File, KnowledgeDocument Document)> documents,
    List<KnowledgeProblem> problems)
{
    private readonly ProblemLog _log = new(problems);

    private const int MinimumQuestions = 3;

    [GeneratedRegex(@"^(\d{4}|n\.d\.)$", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    public KnowledgeBase Compile()
    {
        // A file that did not parse already explains what is missing; do not pile consequences on it.
        var parsedCleanly = problems.Count == 0;
        var sources = CompileSources();
        var entryDocuments = _log.Unique(
            documents.SelectMany(d => (d.Document.Entries ?? []).Select(e => (d.File, Item: e, e.Id))), "entry");
        var entryIds = entryDocuments.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var entries = entryDocuments.Select(e => CompileEntry(e.File, e.Item, sources, entryIds)).ToArray();
        var dimensions = CompileDimensions();
        var strategies = new StrategyCompiler(problems, sources, entryIds, dimensions).Compile(documents);
        var recommendation = new RecommendationCompiler(problems, sources, entryIds, strategies).Compile(documents);
        var assessment = new AssessmentCompiler(problems, sources, entryIds).Compile(documents);
        if (parsedCleanly && entries.Length == 0)
        {
            problems.Add(new KnowledgeProblem(documents.Count > 0 ? documents[0].File : "(no files)", null, "there are no entries"));
        }
        else if (parsedCleanly)
        {
            foreach (var required in WellKnownEntries.All.Where(id => !entryIds.Contains(id)))
            {
                problems.Add(new KnowledgeProblem("(all files)", required, "this entry is required and missing"));
            }
        }

        return new KnowledgeBase(entries, sources.Values.ToArray(), dimensions, strategies, CompileVocabulary())
        {
            Recommendation = recommendation,
            Assessment = assessment,
        };
    }

    private Dictionary<string, Source> CompileSources()
    {
        var all = documents.SelectMany(d => (d.Document.Sources ?? []).Select(s => (d.File, Item: s, s.Id)));
        var result = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var (file, source, id) in _log.Unique(all, "source"))
        {
            var before = problems.Count;
            _log.Require(file, id, source.Publisher, "publisher");
            _log.Require(file, id, source.Title, "title");
            if (source.Year is null || !YearPattern().IsMatch(source.Year.Trim()))
            {
                _log.Report(file, id, $"year must be a four-digit year or \"n.d.\", not \"{source.Year}\"");
            }

            if (!Uri.TryCreate(source.Url?.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                _log.Report(file, id, $"url must be an absolute http(s) address, not \"{source.Url}\"");
            }

            if (problems.Count == before)
            {
                result[id] = new Source(id, source.Publisher!.Trim(), source.Title!.Trim(), source.Year!.Trim(), url!,
                    string.IsNullOrWhiteSpace(source.Caveat) ? null : source.Caveat.Trim());
            }
        }

        return result;
    }

    private KnowledgeEntry CompileEntry(
        string file, EntryDocument entry, Dictionary<string, Source> sources, HashSet<string> entryIds)
    {
        var id = entry.Id!;
        if (entry.Topic is null || !Topics.IsKnown(entry.Topic))
        {
            _log.Report(file, id, $"topic \"{entry.Topic}\" is not in the taxonomy ({string.Join(", ", Topics.All)})");
        }

        _log.Require(file, id, entry.Title, "title");
        _log.Require(file, id, entry.Answer, "answer");
        var questions = ProblemLog.NonEmpty(entry.Questions);
        if (questions.Length < MinimumQuestions)
        {
            _log.Report(file, id, $"needs at least {MinimumQuestions} questions, has {questions.Length}");
        }

        var followUps = ProblemLog.NonEmpty(entry.FollowUps);
        if (followUps.Length is < 2 or > 3)
        {
            _log.Report(file, id, $"needs 2 or 3 followUps, has {followUps.Length}");
        }

        foreach (var followUp in followUps.Where(f => !entryIds.Contains(f) || f == id))
        {
            _log.Report(file, id, followUp == id ? "follows up to itself" : $"followUp \"{followUp}\" is not an entry id");
        }

        var entrySources = _log.ResolveSources(file, id, entry.Sources, sources);
        var figures = CompileFigures(file, id, entry.Figures, sources);
        var sections = (entry.Sections ?? []).Select((section, index) => CompileSection(file, id, section, index)).ToArray();
        if (entry.Topic is not null && Topics.IsDomain(entry.Topic) && entrySources.Count == 0 && figures.Count == 0)
        {
            _log.Report(file, id, "cites no source: add at least one to sources");
        }

        var prose = string.Join("\n", sections.Select(s => s.Text).Prepend(entry.Answer ?? string.Empty));
        foreach (var figure in FigureRule.FiguresIn(prose).Distinct()
                     .Where(figure => !FigureRule.IsCovered(figure, figures.Select(f => f.Value))))
        {
            _log.Report(file, id, $"the figure \"{figure}\" has no source: add it to figures with its source");
        }

        return new KnowledgeEntry
        {
            Id = id,
            Topic = entry.Topic ?? string.Empty,
            Title = entry.Title?.Trim() ?? string.Empty,
            Label = string.IsNullOrWhiteSpace(entry.Label) ? entry.Title?.Trim() ?? id : entry.Label.Trim(),
            Questions = questions,
            Keywords = ProblemLog.NonEmpty(entry.Keywords),
            Answer = entry.Answer?.Trim() ?? string.Empty,
            Sections = sections,
            Figures = figures,
            Sources = entrySources,
            FollowUps = followUps,
        };
    }

    private Section CompileSection(string file, string id, SectionDocument section, int index)
    {
        _log.Require(file, id, section.Heading, $"sections[{index}].heading");
        _log.Require(file, id, section.Text, $"sections[{index}].text");
        return new Section(section.Heading?.Trim() ?? string.Empty, section.Text?.Trim() ?? string.Empty);
    }

    private List<Figure> CompileFigures(
        string file, string id, List<FigureDocument>? figures, Dictionary<string, Source> sources)
    {
        var result = new List<Figure>();
        foreach (var (figure, index) in (figures ?? []).Select((figure, index) => (figure, index)))
        {
            _log.Require(file, id, figure.Value, $"figures[{index}].value");
            _log.Require(file, id, figure.Text, $"figures[{index}].text");
            if (figure.Source is null || !sources.TryGetValue(figure.Source, out var source))
            {
                _log.Report(file, id, $"figures[{index}] (\"{figure.Value}\") needs a source id that exists, not \"{figure.Source}\"");
                continue;
            }

            result.Add(new Figure(figure.Value?.Trim() ?? string.Empty, figure.Text?.Trim() ?? string.Empty, source));
        }

        return result;
    }

    private List<ComparisonDimension> CompileDimensions() =>
        _log.Unique(documents.SelectMany(d => (d.Document.Dimensions ?? []).Select(x => (d.File, Item: x, x.Id))), "dimension")
            .Where(d => _log.Require(d.File, d.Id, d.Item.Label, "label"))
            .Select(d => new ComparisonDimension(d.Id, d.Item.Label!.Trim()))
            .ToList();

    private Vocabulary CompileVocabulary()
    {
        var synonyms = new List<IReadOnlyList<string>>();
        var shortForms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, document) in documents)
        {
            foreach (var group in document.Synonyms ?? [])
            {
                var words = ProblemLog.NonEmpty(group);
                if (words.Length < 2)
                {
                    _log.Report(file, null, $"the synonym group [{string.Join(", ", words)}] needs at least two words");
                }
                else
                {
                    synonyms.Add(words.Select(w => w.ToLowerInvariant()).ToArray());
                }
            }

            foreach (var (shortForm, meaning) in document.ShortForms ?? [])
            {
                if (string.IsNullOrWhiteSpace(shortForm) || shortForm.Any(char.IsWhiteSpace) || string.IsNullOrWhiteSpace(meaning))
                {
                    _log.Report(file, null, $"the short form \"{shortForm}\" must be one word with a meaning");
                    continue;
                }

                shortForms[shortForm.ToLowerInvariant()] = meaning.Trim().ToLowerInvariant();
            }
        }

        return new Vocabulary(synonyms, shortForms);
    }

}
