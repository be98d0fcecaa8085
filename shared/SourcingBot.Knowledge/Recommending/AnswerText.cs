using System.Globalization;

namespace SourcingBot.Knowledge.Recommending;

// How answers read in summaries, comparisons and "what would change it" sentences.
internal static class AnswerText
{
    public const string Unknown = "unknown";

    public static IReadOnlyList<ProfileField> Fields { get; } = Enum.GetValues<ProfileField>();

    public static string Label(ProfileField field) => field switch
    {
        ProfileField.Goals => "Goals",
        ProfileField.Function => "Function",
        ProfileField.Coreness => "How core the work is",
        ProfileField.RequirementsSpecified => "Requirements can be specified",
        ProfileField.TeamSize => "Team size",
        ProfileField.CompanySize => "Company size",
        ProfileField.AnnualBudget => "Annual budget",
        ProfileField.StartWithin => "Start within",
        ProfileField.HeadquartersTimeZone => "Headquarters time zone",
        ProfileField.OverlapNeeded => "Shared hours needed",
        ProfileField.DataSensitivity => "Sensitive data",
        ProfileField.PresenceAbroad => "Presence abroad",
        _ => "Long-term ownership",
    };

    public static bool IsKnown(CompanyProfile profile, ProfileField field) => field switch
    {
        ProfileField.Goals => profile.Goals is not null,
        ProfileField.Function => profile.Function is not null,
        ProfileField.Coreness => profile.Coreness is not null,
        ProfileField.RequirementsSpecified => profile.RequirementsSpecified is not null,
        ProfileField.TeamSize => profile.TeamSize is not null,
        ProfileField.CompanySize => profile.CompanySize is not null,
        ProfileField.AnnualBudget => profile.AnnualBudget is not null,
        ProfileField.StartWithin => profile.StartWithinMonths is not null,
        ProfileField.HeadquartersTimeZone => !string.IsNullOrWhiteSpace(profile.HeadquartersTimeZone),
        ProfileField.OverlapNeeded => profile.OverlapNeeded is not null,
        ProfileField.DataSensitivity => profile.DataSensitivity is not null,
        ProfileField.PresenceAbroad => profile.PresenceAbroad is not null,
        _ => profile.WantsOwnership is not null,
    };

    public static string Display(CompanyProfile profile, ProfileField field) => !IsKnown(profile, field) ? Unknown : field switch
    {
        ProfileField.Goals => profile.Goals!.Count == 0 ? "none in particular" : string.Join(", ", profile.Goals.Order().Select(Goal)),
        ProfileField.Function => Function(profile.Function!.Value),
        ProfileField.Coreness => Coreness(profile.Coreness!.Value),
        ProfileField.RequirementsSpecified => YesNo(profile.RequirementsSpecified!.Value),
        ProfileField.TeamSize => Count(profile.TeamSize!.Value, "seat"),
        ProfileField.CompanySize => Count(profile.CompanySize!.Value, "employee"),
        ProfileField.AnnualBudget => Amount(profile.AnnualBudget!),
        ProfileField.StartWithin => Count(profile.StartWithinMonths!.Value, "month"),
        ProfileField.HeadquartersTimeZone => profile.HeadquartersTimeZone!.Trim(),
        ProfileField.OverlapNeeded => Overlap(profile.OverlapNeeded!.Value),
        ProfileField.DataSensitivity => Data(profile.DataSensitivity!.Value),
        ProfileField.PresenceAbroad => YesNo(profile.PresenceAbroad!.Value),
        _ => YesNo(profile.WantsOwnership!.Value),
    };

    public static string Goal(SourcingGoal goal) => goal switch
    {
        SourcingGoal.ReduceCosts => "reduce costs",
        SourcingGoal.FocusOnCore => "focus on the core business",
        SourcingGoal.AccessTalent => "access talent",
        SourcingGoal.ExpandMarkets => "expand into new markets",
        SourcingGoal.RoundTheClock => "round-the-clock coverage",
        SourcingGoal.ScaleFlexibly => "scale flexibly",
        _ => "keep control",
    };

    public static string Function(BusinessFunction function) => function switch
    {
        BusinessFunction.CustomerSupport => "customer support",
        BusinessFunction.SoftwareDevelopment => "software development",
        BusinessFunction.FinanceAccounting => "finance and accounting",
        BusinessFunction.HrRecruiting => "HR and recruiting",
        BusinessFunction.MarketingContent => "marketing and content",
        BusinessFunction.AdminVirtualAssistance => "administration and virtual assistance",
        BusinessFunction.DataAnalytics => "data analytics",
        BusinessFunction.Manufacturing => "manufacturing",
        _ => "other work",
    };

    public static string Coreness(Coreness coreness) => coreness switch
    {
        Recommending.Coreness.CoreDifferentiator => "a core differentiator",
        Recommending.Coreness.ImportantNotDifferentiating => "important but not differentiating",
        _ => "a support function",
    };

    public static string Overlap(OverlapNeed need) => need switch
    {
        OverlapNeed.DailyRealTime => "daily real-time collaboration",
        OverlapNeed.FewHours => "a few shared hours a day",
        OverlapNeed.Asynchronous => "asynchronous work",
        _ => "follow-the-sun hand-overs",
    };

    public static string Data(DataSensitivity data) => data == DataSensitivity.None
        ? "none"
        : string.Join(", ", Enum.GetValues<DataSensitivity>().Where(f => f != DataSensitivity.None && data.HasFlag(f)).Select(f => f switch
        {
            DataSensitivity.PersonalData => "personal data",
            DataSensitivity.Gdpr => "GDPR data",
            DataSensitivity.Hipaa => "HIPAA health data",
            _ => "financial data",
        }));

    public static string Amount(Money money) =>
        string.Create(CultureInfo.InvariantCulture, $"{money.Currency.Trim().ToUpperInvariant()} {money.Amount:#,0.##}");

    public static string Count(int value, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{value:#,0} {unit}{(value == 1 ? string.Empty : "s")}");

    public static string Hours(double hours) => string.Create(CultureInfo.InvariantCulture, $"{hours:0.##} h");

    public static string YesNo(bool value) => value ? "yes" : "no";

    // "Offshore outsourcing" → "offshore outsourcing", but "BOT model" keeps its capitals.
    public static string InSentence(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && !char.IsUpper(name[1])
            ? string.Concat(char.ToLowerInvariant(name[0]).ToString(), name[1..])
            : name;
}
