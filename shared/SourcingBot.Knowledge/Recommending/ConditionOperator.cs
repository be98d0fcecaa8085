namespace SourcingBot.Knowledge.Recommending;

/// <summary>How a <see cref="RuleCondition"/> tests an answer; the YAML key is given for each.</summary>
public enum ConditionOperator
{
    /// <summary><c>equals</c>: the answer is this value.</summary>
    Is,

    /// <summary><c>in</c>: the answer is one of these values.</summary>
    IsAnyOf,

    /// <summary><c>includes</c>: the set of goals or data kinds contains this value.</summary>
    Includes,

    /// <summary><c>includesAny</c>: the set of goals or data kinds contains at least one of these values.</summary>
    IncludesAny,

    /// <summary><c>greaterThan</c>: the number is greater than the limit.</summary>
    GreaterThan,

    /// <summary><c>atLeast</c>: the number is the limit or more.</summary>
    AtLeast,

    /// <summary><c>lessThan</c>: the number is less than the limit.</summary>
    LessThan,

    /// <summary><c>atMost</c>: the number is the limit or less.</summary>
    AtMost,
}
