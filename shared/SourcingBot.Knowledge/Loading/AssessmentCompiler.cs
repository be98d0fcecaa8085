using System.Globalization;
using SourcingBot.Knowledge.Assessment;
using SourcingBot.Knowledge.Model;
using SourcingBot.Knowledge.Recommending;

namespace SourcingBot.Knowledge.Loading;

// Validates the `assessment:` section (intro, triggers and steps) and builds the guided assessment.
// Every problem names the file and the step it is in, or "assessment" for the section as a whole.
internal sealed class AssessmentCompiler(
    List<KnowledgeProblem> problems,
    Dictionary<string, Source> sources,
    HashSet<string> entryIds)
{
    private const string Section = "assessment";
    private const int MaximumLabelLength = 80;

    // The kind of answer each profile field needs, and the enum whose members its options name.
    private static readonly Dictionary<ProfileField, (StepKind Kind, Type? Options)> FieldShapes = new()
    {
        [ProfileField.Goals] = (StepKind.MultipleChoice, typeof(SourcingGoal)),
        [ProfileField.Function] = (StepKind.SingleChoice, typeof(BusinessFunction)),
        [ProfileField.Coreness] = (StepKind.SingleChoice, typeof(Coreness)),
        [ProfileField.RequirementsSpecified] = (StepKind.YesNo, null),
        [ProfileField.TeamSize] = (StepKind.Number, null),
        [ProfileField.CompanySize] = (StepKind.Number, null),
        [ProfileField.AnnualBudget] = (StepKind.Money, null),
        [ProfileField.StartWithin] = (StepKind.Duration, null),
        [ProfileField.HeadquartersTimeZone] = (StepKind.TimeZone, null),
        [ProfileField.OverlapNeeded] = (StepKind.SingleChoice, typeof(OverlapNeed)),
        [ProfileField.DataSensitivity] = (StepKind.MultipleChoice, typeof(DataSensitivity)),
        [ProfileField.PresenceAbroad] = (StepKind.YesNo, null),
        [ProfileField.WantsOwnership] = (StepKind.YesNo, null),
    };

    private readonly ProblemLog _common = new(problems);
    private readonly Dictionary<ProfileField, string> _fieldOwners = [];
    private readonly Dictionary<string, string> _keywordOwners = new(StringComparer.OrdinalIgnoreCase);

    public AssessmentDefinition Compile(IReadOnlyList<(string File, KnowledgeDocument Document)> documents)
    {
        var sections = documents.Where(d => d.Document.Assessment is not null)
            .Select(d => (d.File, Section: d.Document.Assessment!)).ToArray();
        if (sections.Length == 0)
        {
            return AssessmentDefinition.Empty;
        }

        foreach (var (extra, _) in sections.Skip(1))
        {
            _common.Report(extra, Section, $"there can be only one assessment section (already defined in {sections[0].File})");
        }

        var (file, section) = sections[0];
        _common.Require(file, Section, section.Intro, "intro");
        if (section.Steps is not { Count: > 0 })
        {
            _common.Report(file, Section, "steps needs at least one step");
        }

        var steps = _common.Unique((section.Steps ?? []).Select(s => (file, Item: s, s.Id)), "step")
            .Select(s => CompileStep(file, s.Id, s.Item))
            .OfType<AssessmentStep>()
            .ToArray();
        return new AssessmentDefinition
        {
            Intro = section.Intro?.Trim() ?? string.Empty,
            Triggers = CompileTriggers(file, section.Triggers),
            Steps = steps,
        };
    }

    private string[] CompileTriggers(string file, List<string?>? triggers)
    {
        var result = new List<string>();
        foreach (var (trigger, index) in (triggers ?? []).Select((trigger, index) => (trigger, index)))
        {
            var phrase = trigger?.Trim().ToLowerInvariant();
            if (string.IsNullOrEmpty(phrase))
            {
                _common.Report(file, Section, $"triggers[{index}] is empty");
            }
            else if (result.Contains(phrase))
            {
                _common.Report(file, Section, $"trigger \"{phrase}\" is listed twice");
            }
            else
            {
                result.Add(phrase);
            }
        }

        return [.. result];
    }

    private AssessmentStep? CompileStep(string file, string id, AssessmentDocument.StepDocument step)
    {
        var before = problems.Count;
        var kind = ParseCamelCase<StepKind>(step.Kind);
        if (kind is null)
        {
            _common.Report(file, id, $"kind \"{step.Kind}\" is not one of {string.Join(", ", Enum.GetNames<StepKind>().Select(ConditionFields.CamelCase))}");
        }

        var field = CompileField(file, id, step.Field, kind);
        CheckLabel(file, id, step.Label, "label");
        _common.Require(file, id, step.Prompt, "prompt");
        _common.Require(file, id, step.Expected, "expected");
        if (_common.Require(file, id, step.Why, "why"))
        {
            // "Why do you ask?" is prose like an answer, but cites no figures table: figures belong in the linked entries.
            foreach (var figure in FigureRule.FiguresIn(step.Why!).Distinct())
            {
                _common.Report(file, id, $"why: the figure \"{figure}\" has no source: leave figures to the entries the step links to");
            }
        }

        var optional = ParseFlag(file, id, step.Optional, "optional");
        var fromFirstMessage = ParseFlag(file, id, step.FromFirstMessage, "fromFirstMessage");
        var options = kind is { } known ? CompileOptions(file, id, known, field, step.Options) : [];
        var (minimum, maximum) = CompileRange(file, id, kind, step);
        var keywords = CompileKeywords(file, id, step.Keywords);
        var entries = ProblemLog.NonEmpty(step.Entries);
        foreach (var entry in entries.Where(e => !entryIds.Contains(e)))
        {
            _common.Report(file, id, $"entry \"{entry}\" is not an entry id");
        }

        var stepSources = _common.ResolveSources(file, id, step.Sources, sources);
        if (field is not null && ProblemLog.NonEmpty(step.Sources).Length == 0)
        {
            _common.Report(file, id, "cites no source: add at least one to sources");
        }

        return problems.Count > before
            ? null
            : new AssessmentStep
            {
                Id = id,
                Kind = kind!.Value,
                Field = field,
                Label = step.Label!.Trim(),
                Prompt = step.Prompt!.Trim(),
                Why = step.Why!.Trim(),
                Expected = step.Expected!.Trim(),
                Example = string.IsNullOrWhiteSpace(step.Example) ? null : step.Example.Trim(),
                Optional = optional,
                FromFirstMessage = fromFirstMessage,
                Options = options,
                Minimum = minimum,
                Maximum = maximum,
                Unit = string.IsNullOrWhiteSpace(step.Unit) ? null : step.Unit.Trim(),
                Keywords = keywords,
                EntryIds = entries,
                SourceIds = stepSources.Select(s => s.Id).ToArray(),
            };
    }

    private ProfileField? CompileField(string file, string id, string? name, StepKind? kind)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var field = ParseCamelCase<ProfileField>(name);
        if (field is null)
        {
            _common.Report(file, id, $"field \"{name}\" is not one of {string.Join(", ", Enum.GetNames<ProfileField>().Select(ConditionFields.CamelCase))}");
            return null;
        }

        var expected = FieldShapes[field.Value].Kind;
        if (kind is not null && kind != expected)
        {
            _common.Report(file, id, $"kind {CamelCase(kind.Value)} does not fit field {CamelCase(field.Value)} (use {CamelCase(expected)})");
        }

        if (!_fieldOwners.TryAdd(field.Value, id))
        {
            _common.Report(file, id, $"field {CamelCase(field.Value)} is already filled by step \"{_fieldOwners[field.Value]}\"");
        }

        return field;
    }

    private List<StepOption> CompileOptions(
        string file, string id, StepKind kind, ProfileField? field, List<AssessmentDocument.OptionDocument>? options)
    {
        var given = options ?? [];
        if (kind is not (StepKind.SingleChoice or StepKind.MultipleChoice))
        {
            if (given.Count > 0)
            {
                _common.Report(file, id, "options only apply to singleChoice and multipleChoice steps");
            }

            return [];
        }

        if (given.Count < 2)
        {
            _common.Report(file, id, $"a choice step needs at least two options, has {given.Count}");
        }

        var enumType = field is { } f ? FieldShapes[f].Options : null;
        var allowed = enumType is null ? null : ProfileBuilder.OptionValues(enumType);
        var result = new List<StepOption>();
        foreach (var (option, index) in given.Select((option, index) => (option, index)))
        {
            var at = $"options[{index}]";
            var value = option.Value?.Trim();
            if (!ProblemLog.IsValidId(value))
            {
                _common.Report(file, id, $"{at}: value \"{option.Value}\" must be lower-case kebab-case (letters, digits, hyphens)");
            }
            else if (result.Any(o => o.Value == value))
            {
                _common.Report(file, id, $"{at}: value \"{value}\" is listed twice");
            }
            else if (allowed is not null && !allowed.Contains(value!))
            {
                _common.Report(file, id, $"{at}: \"{value}\" is not a value of {CamelCase(field!.Value)} ({string.Join(", ", allowed)})");
            }

            CheckLabel(file, id, option.Label, $"{at}.label");
            var exclusive = ParseFlag(file, id, option.Exclusive, $"{at}.exclusive");
            if (exclusive && kind != StepKind.MultipleChoice)
            {
                _common.Report(file, id, $"{at}: exclusive only applies to the options of a multipleChoice step");
            }

            result.Add(new StepOption
            {
                Value = value ?? string.Empty,
                Label = option.Label?.Trim() ?? string.Empty,
                Synonyms = ProblemLog.NonEmpty(option.Synonyms),
                Exclusive = exclusive,
            });
        }

        CheckEveryValueOffered(file, id, enumType, allowed, result);
        return result;
    }

    private void CheckEveryValueOffered(string file, string id, Type? enumType, IReadOnlyList<string>? allowed, List<StepOption> options)
    {
        if (allowed is null)
        {
            return;
        }

        // "No sensitive data" is also what an empty answer means, so a data step need not offer it.
        var none = ProfileBuilder.OptionValue(DataSensitivity.None);
        var dataStep = enumType == typeof(DataSensitivity);
        var missing = allowed.Where(value => options.All(o => o.Value != value) && !(dataStep && value == none)).ToArray();
        if (missing.Length > 0)
        {
            _common.Report(file, id, $"options must offer every value of the field; missing: {string.Join(", ", missing)}");
        }

        if (dataStep && options.FirstOrDefault(o => o.Value == none) is { Exclusive: false })
        {
            _common.Report(file, id, $"option \"{none}\" must be exclusive: no sensitive data cannot be combined with a kind of it");
        }
    }

    private (decimal? Minimum, decimal? Maximum) CompileRange(string file, string id, StepKind? kind, AssessmentDocument.StepDocument step)
    {
        var minimum = ParseNumber(file, id, step.Minimum, "minimum");
        var maximum = ParseNumber(file, id, step.Maximum, "maximum");
        var given = step.Minimum is not null || step.Maximum is not null;
        if (given && kind is not null and not (StepKind.Number or StepKind.Percentage))
        {
            _common.Report(file, id, "minimum and maximum only apply to number and percentage steps");
        }

        if (minimum > maximum)
        {
            _common.Report(file, id, $"minimum {step.Minimum} is greater than maximum {step.Maximum}");
        }

        if (kind == StepKind.Percentage && (minimum < 0 || maximum > 100))
        {
            _common.Report(file, id, "a percentage's minimum and maximum must lie between 0 and 100");
        }

        return (minimum, maximum);
    }

    private string[] CompileKeywords(string file, string id, List<string>? keywords)
    {
        var result = new List<string>();
        foreach (var keyword in ProblemLog.NonEmpty(keywords).Select(k => k.ToLowerInvariant()))
        {
            if (!_keywordOwners.TryAdd(keyword, id))
            {
                var owner = _keywordOwners[keyword];
                _common.Report(file, id, owner == id
                    ? $"keyword \"{keyword}\" is listed twice"
                    : $"keyword \"{keyword}\" is already used by step \"{owner}\": keywords must name one answer");
                continue;
            }

            result.Add(keyword);
        }

        return [.. result];
    }

    private void CheckLabel(string file, string id, string? label, string name)
    {
        if (_common.Require(file, id, label, name) && label!.Trim().Length > MaximumLabelLength)
        {
            _common.Report(file, id, $"{name} is longer than {MaximumLabelLength} characters");
        }
    }

    private bool ParseFlag(string file, string id, string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        if (bool.TryParse(value.Trim(), out var flag))
        {
            return flag;
        }

        _common.Report(file, id, $"{name} must be true or false, not \"{value}\"");
        return false;
    }

    private decimal? ParseNumber(string file, string id, string? value, string name)
    {
        if (value is null)
        {
            return null;
        }

        if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        _common.Report(file, id, $"{name} \"{value}\" is not a number");
        return null;
    }

    private static T? ParseCamelCase<T>(string? value)
        where T : struct, Enum =>
        Enum.GetValues<T>().Cast<T?>().FirstOrDefault(
            member => string.Equals(CamelCase(member!.Value), value?.Trim(), StringComparison.OrdinalIgnoreCase));

    private static string CamelCase<T>(T value)
        where T : struct, Enum =>
        ConditionFields.CamelCase(value.ToString());
}
