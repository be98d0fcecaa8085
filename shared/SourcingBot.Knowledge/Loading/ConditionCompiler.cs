using System.Globalization;
using System.Text.RegularExpressions;
using SourcingBot.Knowledge.Recommending;

namespace SourcingBot.Knowledge.Loading;

// Turns the `when:` list of a recommendation rule into conditions, reporting every unknown field,
// missing or doubled operator, operator that does not fit the field, and bad value.
internal sealed partial class ConditionCompiler(ProblemLog common)
{
    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyPattern();

    public List<RuleCondition> Compile(string file, string id, List<RecommendationDocument.ConditionDocument>? when)
    {
        var result = new List<RuleCondition>();
        if (when is null || when.Count == 0)
        {
            common.Report(file, id, "when needs at least one condition");
            return result;
        }

        for (var index = 0; index < when.Count; index++)
        {
            if (Compile(file, id, $"when[{index}]", when[index]) is { } condition)
            {
                result.Add(condition);
            }
        }

        return result;
    }

    private RuleCondition? Compile(string file, string id, string at, RecommendationDocument.ConditionDocument document)
    {
        var field = ConditionFields.Find(document.Field);
        if (field is null)
        {
            common.Report(file, id, $"{at}: field \"{document.Field}\" is not a known field ({string.Join(", ", ConditionFields.All.Select(f => f.Name))})");
            return null;
        }

        var given = Operators(document).ToArray();
        if (given.Length != 1)
        {
            var keys = string.Join(", ", field.Operators.Select(ConditionFields.KeyOf));
            common.Report(file, id, $"{at}: {field.Name} needs exactly one of {keys}; it has {given.Length}");
            return null;
        }

        var (op, values) = given[0];
        if (!field.Operators.Contains(op))
        {
            var keys = string.Join(", ", field.Operators.Select(ConditionFields.KeyOf));
            common.Report(file, id, $"{at}: \"{ConditionFields.KeyOf(op)}\" does not apply to {field.Name} (use {keys})");
            return null;
        }

        if (document.Currencies is not null && field.Kind != FieldKind.Money)
        {
            common.Report(file, id, $"{at}: currencies only apply to annualBudget");
            return null;
        }

        return field.Kind is FieldKind.Number or FieldKind.Money
            ? CompileNumber(file, id, at, field, op, values[0], document.Currencies)
            : CompileValues(file, id, at, field, op, values);
    }

    private RuleCondition? CompileValues(
        string file, string id, string at, ConditionField field, ConditionOperator op, List<string?> values)
    {
        if (values.Count == 0)
        {
            common.Report(file, id, $"{at}: {ConditionFields.KeyOf(op)} needs at least one value");
            return null;
        }

        var canonical = new List<string>();
        foreach (var value in values)
        {
            if (value is not null && field.Canonical(value) is { } known)
            {
                canonical.Add(known);
            }
            else
            {
                common.Report(file, id, $"{at}: \"{value}\" is not a value of {field.Name} ({string.Join(", ", field.AllowedValues)})");
            }
        }

        return canonical.Count == values.Count
            ? new RuleCondition { Name = field.Name, Field = field.Field, Operator = op, Values = canonical }
            : null;
    }

    private RuleCondition? CompileNumber(
        string file, string id, string at, ConditionField field, ConditionOperator op, string? value, List<string>? currencies)
    {
        if (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var limit))
        {
            common.Report(file, id, $"{at}: \"{value}\" is not a number");
            return null;
        }

        var codes = ProblemLog.NonEmpty(currencies);
        if (field.Kind == FieldKind.Money && codes.Length == 0)
        {
            common.Report(file, id, $"{at}: annualBudget needs currencies, e.g. [USD, EUR]: the rules do not convert between currencies");
            return null;
        }

        foreach (var code in codes.Where(code => !CurrencyPattern().IsMatch(code)))
        {
            common.Report(file, id, $"{at}: currency \"{code}\" must be a three-letter ISO 4217 code in capitals, e.g. USD");
        }

        return codes.All(code => CurrencyPattern().IsMatch(code))
            ? new RuleCondition { Name = field.Name, Field = field.Field, Operator = op, Limit = limit, Currencies = codes }
            : null;
    }

    private static IEnumerable<(ConditionOperator Op, List<string?> Values)> Operators(RecommendationDocument.ConditionDocument document)
    {
        if (document.EqualTo is not null)
        {
            yield return (ConditionOperator.Is, [document.EqualTo]);
        }

        if (document.In is not null)
        {
            yield return (ConditionOperator.IsAnyOf, [.. document.In]);
        }

        if (document.Includes is not null)
        {
            yield return (ConditionOperator.Includes, [document.Includes]);
        }

        if (document.IncludesAny is not null)
        {
            yield return (ConditionOperator.IncludesAny, [.. document.IncludesAny]);
        }

        foreach (var (op, value) in new[]
                 {
                     (ConditionOperator.GreaterThan, document.GreaterThan), (ConditionOperator.AtLeast, document.AtLeast),
                     (ConditionOperator.LessThan, document.LessThan), (ConditionOperator.AtMost, document.AtMost),
                 })
        {
            if (value is not null)
            {
                yield return (op, [value]);
            }
        }
    }
}
