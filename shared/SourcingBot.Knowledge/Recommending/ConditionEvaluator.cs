namespace SourcingBot.Knowledge.Recommending;

// Tests rule conditions against a profile. Three-valued: null means an answer the condition needs
// is unknown (or, for money, in a currency the rule does not compare), so the rule does not apply.
internal static class ConditionEvaluator
{
    public static bool? Applies(ScoringRule rule, CompanyProfile profile)
    {
        var unknown = false;
        foreach (var condition in rule.Conditions)
        {
            switch (Holds(condition, profile))
            {
                case false:
                    return false;
                case null:
                    unknown = true;
                    break;
            }
        }

        return unknown ? null : true;
    }

    public static bool? Holds(RuleCondition condition, CompanyProfile profile) => condition.Field switch
    {
        ProfileField.Goals => profile.Goals is { } goals ? IncludesAny(condition, goals.Select(g => g.ToString())) : null,
        ProfileField.Function => Matches(condition, profile.Function?.ToString()),
        ProfileField.Coreness => Matches(condition, profile.Coreness?.ToString()),
        ProfileField.RequirementsSpecified => Matches(condition, profile.RequirementsSpecified?.ToString()),
        ProfileField.TeamSize => Compare(condition, profile.TeamSize),
        ProfileField.CompanySize => Compare(condition, profile.CompanySize),
        ProfileField.AnnualBudget => CompareMoney(condition, profile.AnnualBudget),
        ProfileField.StartWithin => Compare(condition, profile.StartWithinMonths),
        ProfileField.HeadquartersTimeZone => Matches(
            condition, string.IsNullOrWhiteSpace(profile.HeadquartersTimeZone) ? null : OverlapCalculator.AreaOf(profile.HeadquartersTimeZone)),
        ProfileField.OverlapNeeded => Matches(condition, profile.OverlapNeeded?.ToString()),
        ProfileField.DataSensitivity => profile.DataSensitivity is { } data ? IncludesAny(condition, Flags(data)) : null,
        ProfileField.PresenceAbroad => Matches(condition, profile.PresenceAbroad?.ToString()),
        ProfileField.WantsOwnership => Matches(condition, profile.WantsOwnership?.ToString()),
        _ => null,
    };

    private static bool? Matches(RuleCondition condition, string? value) =>
        value is null ? null : condition.Values.Contains(value, StringComparer.OrdinalIgnoreCase);

    // `includes` has one value and `includesAny` several: either holds when the set contains one of them.
    private static bool IncludesAny(RuleCondition condition, IEnumerable<string> members)
    {
        var set = members.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return condition.Values.Any(set.Contains);
    }

    private static IEnumerable<string> Flags(DataSensitivity data) =>
        data == DataSensitivity.None
            ? [nameof(DataSensitivity.None)]
            : Enum.GetValues<DataSensitivity>().Where(flag => flag != DataSensitivity.None && data.HasFlag(flag)).Select(flag => flag.ToString());

    private static bool? Compare(RuleCondition condition, decimal? value)
    {
        if (value is not { } number || condition.Limit is not { } limit)
        {
            return null;
        }

        return condition.Operator switch
        {
            ConditionOperator.GreaterThan => number > limit,
            ConditionOperator.AtLeast => number >= limit,
            ConditionOperator.LessThan => number < limit,
            ConditionOperator.AtMost => number <= limit,
            _ => null,
        };
    }

    private static bool? CompareMoney(RuleCondition condition, Money? money) =>
        money is not null && condition.Currencies.Contains(money.Currency.Trim(), StringComparer.OrdinalIgnoreCase)
            ? Compare(condition, money.Amount)
            : null;
}
