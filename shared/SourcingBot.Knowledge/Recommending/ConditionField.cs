namespace SourcingBot.Knowledge.Recommending;

// One field name a rule condition may use, the answer it reads and the values it accepts.
internal sealed record ConditionField(string Name, ProfileField Field, FieldKind Kind, Type? EnumType = null)
{
    public IReadOnlyList<ConditionOperator> Operators => Kind switch
    {
        FieldKind.EnumSet or FieldKind.Flags => [ConditionOperator.Includes, ConditionOperator.IncludesAny],
        FieldKind.Number or FieldKind.Money =>
            [ConditionOperator.GreaterThan, ConditionOperator.AtLeast, ConditionOperator.LessThan, ConditionOperator.AtMost],
        _ => [ConditionOperator.Is, ConditionOperator.IsAnyOf],
    };

    // The values a condition may compare with, as written in the rules file (camelCase).
    public IReadOnlyList<string> AllowedValues => Kind switch
    {
        FieldKind.Boolean => ["true", "false"],
        FieldKind.Area => ConditionFields.Areas,
        _ when EnumType is not null => Enum.GetNames(EnumType).Select(ConditionFields.CamelCase).ToArray(),
        _ => [],
    };

    // The canonical form of a written value (enum member name, "True"/"False", area), or null if it is not allowed.
    public string? Canonical(string value)
    {
        var trimmed = value.Trim();
        return Kind switch
        {
            FieldKind.Boolean => bool.TryParse(trimmed, out var flag) ? flag.ToString() : null,
            FieldKind.Area => ConditionFields.Areas.FirstOrDefault(area => area.Equals(trimmed, StringComparison.OrdinalIgnoreCase)),
            _ when EnumType is not null =>
                Enum.GetNames(EnumType).FirstOrDefault(name => name.Equals(trimmed, StringComparison.OrdinalIgnoreCase)),
            _ => null,
        };
    }
}
