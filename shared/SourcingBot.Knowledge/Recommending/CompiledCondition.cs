namespace SourcingBot.Knowledge.Recommending;

// A rule condition turned into a bit mask (for choices, sets and yes/no answers) or a number
// comparison, tested against ProfileFacts without allocating. Three-valued like the rules: null
// when the answer it needs is unknown (or a budget is in a currency the rule does not compare).
internal sealed class CompiledCondition
{
    private readonly RuleCondition _condition;
    private readonly ulong _mask;

    public CompiledCondition(RuleCondition condition)
    {
        _condition = condition;
        _mask = condition.Values.Aggregate(0UL, (mask, value) => mask | BitOf(condition.Field, value));
    }

    public ProfileField Field => _condition.Field;

    public bool? Holds(in ProfileFacts facts)
    {
        switch (_condition.Field)
        {
            case ProfileField.TeamSize:
                return Compare(facts.TeamSize);
            case ProfileField.CompanySize:
                return Compare(facts.CompanySize);
            case ProfileField.StartWithin:
                return Compare(facts.StartWithinMonths);
            case ProfileField.AnnualBudget:
                return facts.Budget is { } money && IsComparedCurrency(money.Currency) ? Compare(money.Amount) : null;
            case ProfileField.HeadquartersTimeZone:
                return facts.Area is { } area ? IsListed(area) : null;
            default:
                return facts.Mask(_condition.Field) is { } mask ? (mask & _mask) != 0 : null;
        }
    }

    // Values were validated at load as the names of the field's enum members (or True/False).
    private static ulong BitOf(ProfileField field, string value) => field switch
    {
        ProfileField.Goals => 1UL << (int)Enum.Parse<SourcingGoal>(value, ignoreCase: true),
        ProfileField.Function => 1UL << (int)Enum.Parse<BusinessFunction>(value, ignoreCase: true),
        ProfileField.Coreness => 1UL << (int)Enum.Parse<Coreness>(value, ignoreCase: true),
        ProfileField.OverlapNeeded => 1UL << (int)Enum.Parse<OverlapNeed>(value, ignoreCase: true),
        ProfileField.DataSensitivity => ProfileFacts.DataMask(Enum.Parse<DataSensitivity>(value, ignoreCase: true)),
        ProfileField.RequirementsSpecified or ProfileField.PresenceAbroad or ProfileField.WantsOwnership =>
            ProfileFacts.YesNoBit(bool.Parse(value)),
        _ => 0UL,
    };

    private bool IsListed(string area)
    {
        foreach (var value in _condition.Values)
        {
            if (string.Equals(value, area, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsComparedCurrency(string currency)
    {
        var code = currency.AsSpan().Trim();
        foreach (var compared in _condition.Currencies)
        {
            if (code.Equals(compared, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool? Compare(decimal? value)
    {
        if (value is not { } number || _condition.Limit is not { } limit)
        {
            return null;
        }

        return _condition.Operator switch
        {
            ConditionOperator.GreaterThan => number > limit,
            ConditionOperator.AtLeast => number >= limit,
            ConditionOperator.LessThan => number < limit,
            ConditionOperator.AtMost => number <= limit,
            _ => null,
        };
    }
}
