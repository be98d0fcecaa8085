namespace SourcingBot.Knowledge.Recommending;

// The small, fixed vocabulary of fields that rule conditions may test.
internal static class ConditionFields
{
    // The first parts of IANA time-zone ids.
    public static IReadOnlyList<string> Areas { get; } =
        ["Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"];

    public static IReadOnlyList<ConditionField> All { get; } =
    [
        new("goals", ProfileField.Goals, FieldKind.EnumSet, typeof(SourcingGoal)),
        new("function", ProfileField.Function, FieldKind.EnumValue, typeof(BusinessFunction)),
        new("coreness", ProfileField.Coreness, FieldKind.EnumValue, typeof(Coreness)),
        new("requirementsSpecified", ProfileField.RequirementsSpecified, FieldKind.Boolean),
        new("teamSize", ProfileField.TeamSize, FieldKind.Number),
        new("companySize", ProfileField.CompanySize, FieldKind.Number),
        new("annualBudget", ProfileField.AnnualBudget, FieldKind.Money),
        new("startWithinMonths", ProfileField.StartWithin, FieldKind.Number),
        new("headquartersArea", ProfileField.HeadquartersTimeZone, FieldKind.Area),
        new("overlapNeeded", ProfileField.OverlapNeeded, FieldKind.EnumValue, typeof(OverlapNeed)),
        new("dataSensitivity", ProfileField.DataSensitivity, FieldKind.Flags, typeof(DataSensitivity)),
        new("presenceAbroad", ProfileField.PresenceAbroad, FieldKind.Boolean),
        new("wantsOwnership", ProfileField.WantsOwnership, FieldKind.Boolean),
    ];

    public static ConditionField? Find(string? name) =>
        All.FirstOrDefault(field => string.Equals(field.Name, name?.Trim(), StringComparison.Ordinal));

    // The YAML key of each operator.
    public static string KeyOf(ConditionOperator op) => op switch
    {
        ConditionOperator.Is => "equals",
        ConditionOperator.IsAnyOf => "in",
        ConditionOperator.Includes => "includes",
        ConditionOperator.IncludesAny => "includesAny",
        ConditionOperator.GreaterThan => "greaterThan",
        ConditionOperator.AtLeast => "atLeast",
        ConditionOperator.LessThan => "lessThan",
        _ => "atMost",
    };

    public static string CamelCase(string name) =>
        name.Length == 0 ? name : string.Concat(char.ToLowerInvariant(name[0]).ToString(), name[1..]);
}
