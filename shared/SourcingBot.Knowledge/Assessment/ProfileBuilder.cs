using System.Text;
using SourcingBot.Knowledge.Recommending;

namespace SourcingBot.Knowledge.Assessment;

/// <summary>
/// Turns the answers of the guided assessment into the <see cref="CompanyProfile"/> the
/// recommendation engine scores, and maps enum members to the option values the content uses
/// ("reduce-costs" ↔ <see cref="SourcingGoal.ReduceCosts"/>).
/// </summary>
public static class ProfileBuilder
{
    /// <summary>
    /// Builds the profile from the answers given so far. A step without an answer, or whose
    /// answer lacks the member its kind needs, leaves its field unknown (null).
    /// </summary>
    /// <param name="definition">The assessment the answers belong to; its steps name the profile fields.</param>
    /// <param name="answers">The answers, keyed by step id; answers to unknown steps are ignored.</param>
    /// <returns>The profile, with null for every unknown answer.</returns>
    public static CompanyProfile Build(AssessmentDefinition definition, IReadOnlyDictionary<string, StepAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(answers);
        var profile = new CompanyProfile();
        foreach (var step in definition.Steps)
        {
            if (step.Field is { } field && answers.TryGetValue(step.Id, out var answer))
            {
                profile = Apply(profile, field, answer);
            }
        }

        return profile;
    }

    /// <summary>The option value of an enum member: its name in kebab-case, e.g. "daily-real-time" for <see cref="OverlapNeed.DailyRealTime"/>.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">A single member of the enum.</param>
    /// <returns>The kebab-case value.</returns>
    public static string OptionValue<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Kebab(Enum.GetName(value) ?? value.ToString());

    /// <summary>The enum member an option value names ("personal-data" → <see cref="DataSensitivity.PersonalData"/>), or null if none does.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The kebab-case option value.</param>
    /// <returns>The member, or null.</returns>
    public static TEnum? ParseOption<TEnum>(string value)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.Trim();
        foreach (var member in Enum.GetValues<TEnum>())
        {
            if (string.Equals(OptionValue(member), trimmed, StringComparison.Ordinal))
            {
                return member;
            }
        }

        return null;
    }

    // The option values of every member of an enum, in declaration order; the compiler checks content against them.
    internal static IReadOnlyList<string> OptionValues(Type enumType) => Enum.GetNames(enumType).Select(Kebab).ToArray();

    internal static string Kebab(string name)
    {
        var result = new StringBuilder(name.Length + 4);
        for (var index = 0; index < name.Length; index++)
        {
            var character = name[index];
            if (char.IsUpper(character) && index > 0)
            {
                result.Append('-');
            }

            result.Append(char.ToLowerInvariant(character));
        }

        return result.ToString();
    }

    private static CompanyProfile Apply(CompanyProfile profile, ProfileField field, StepAnswer answer) => field switch
    {
        ProfileField.Goals when answer.Options is { } goals => profile with { Goals = Parse<SourcingGoal>(goals).ToHashSet() },
        ProfileField.Function => profile with { Function = First<BusinessFunction>(answer) },
        ProfileField.Coreness => profile with { Coreness = First<Coreness>(answer) },
        ProfileField.RequirementsSpecified => profile with { RequirementsSpecified = answer.Flag },
        ProfileField.TeamSize => profile with { TeamSize = Whole(answer.Number) },
        ProfileField.CompanySize => profile with { CompanySize = Whole(answer.Number) },
        ProfileField.AnnualBudget => profile with { AnnualBudget = answer.Money },
        ProfileField.StartWithin => profile with { StartWithinMonths = Months(answer.Number) },
        ProfileField.HeadquartersTimeZone => profile with { HeadquartersTimeZone = Text(answer.Text) },
        ProfileField.OverlapNeeded => profile with { OverlapNeeded = First<OverlapNeed>(answer) },
        ProfileField.DataSensitivity when answer.Options is { } kinds => profile with
        {
            // "none" is the empty set of flags, so OR-ing leaves it out; nothing chosen means none as well.
            DataSensitivity = Parse<DataSensitivity>(kinds).Aggregate(DataSensitivity.None, (all, kind) => all | kind),
        },
        ProfileField.PresenceAbroad => profile with { PresenceAbroad = answer.Flag },
        ProfileField.WantsOwnership => profile with { WantsOwnership = answer.Flag },
        _ => profile,
    };

    private static IEnumerable<TEnum> Parse<TEnum>(IEnumerable<string> values)
        where TEnum : struct, Enum =>
        values.Select(ParseOption<TEnum>).OfType<TEnum>();

    private static TEnum? First<TEnum>(StepAnswer answer)
        where TEnum : struct, Enum =>
        answer.Options is { } values && Parse<TEnum>(values).Take(1).ToArray() is [var first] ? first : null;

    private static int? Whole(decimal? number) =>
        number is { } value ? ToInt(Math.Round(value, MidpointRounding.AwayFromZero)) : null;

    // A deadline half a month away still needs the month: round up, and a date in the past means now.
    private static int? Months(decimal? months) => months is { } value ? ToInt(Math.Max(0m, Math.Ceiling(value))) : null;

    private static int ToInt(decimal value) => (int)Math.Clamp(value, int.MinValue, int.MaxValue);

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
