namespace SourcingBot.Knowledge.Recommending;

// A profile's answers as bit masks and numbers, computed once per profile so that testing rule
// conditions allocates nothing. A choice answer is one bit (the enum value), a set answer several,
// a yes/no answer bit 0 (no) or bit 1 (yes); null means unknown.
internal readonly struct ProfileFacts
{
    // "No sensitive data" is a value of its own, so it gets a bit no flag uses.
    public const ulong NoSensitiveData = 1UL << 63;

    private readonly ulong? _goals;
    private readonly ulong? _function;
    private readonly ulong? _coreness;
    private readonly ulong? _specified;
    private readonly ulong? _overlap;
    private readonly ulong? _data;
    private readonly ulong? _presence;
    private readonly ulong? _ownership;

    public ProfileFacts(CompanyProfile profile)
    {
        _goals = profile.Goals is { } goals ? GoalMask(goals) : null;
        _function = Bit((int?)profile.Function);
        _coreness = Bit((int?)profile.Coreness);
        _specified = YesNo(profile.RequirementsSpecified);
        _overlap = Bit((int?)profile.OverlapNeeded);
        _data = profile.DataSensitivity is { } data ? DataMask(data) : null;
        _presence = YesNo(profile.PresenceAbroad);
        _ownership = YesNo(profile.WantsOwnership);
        TeamSize = profile.TeamSize;
        CompanySize = profile.CompanySize;
        StartWithinMonths = profile.StartWithinMonths;
        Budget = profile.AnnualBudget;
        Area = string.IsNullOrWhiteSpace(profile.HeadquartersTimeZone) ? null : OverlapCalculator.AreaOf(profile.HeadquartersTimeZone);
    }

    public decimal? TeamSize { get; }

    public decimal? CompanySize { get; }

    public decimal? StartWithinMonths { get; }

    public Money? Budget { get; }

    public string? Area { get; }

    public ulong? Mask(ProfileField field) => field switch
    {
        ProfileField.Goals => _goals,
        ProfileField.Function => _function,
        ProfileField.Coreness => _coreness,
        ProfileField.RequirementsSpecified => _specified,
        ProfileField.OverlapNeeded => _overlap,
        ProfileField.DataSensitivity => _data,
        ProfileField.PresenceAbroad => _presence,
        ProfileField.WantsOwnership => _ownership,
        _ => null,
    };

    public static ulong DataMask(DataSensitivity data) => data == DataSensitivity.None ? NoSensitiveData : (ulong)data;

    public static ulong YesNoBit(bool value) => value ? 2UL : 1UL;

    private static ulong GoalMask(IReadOnlySet<SourcingGoal> goals)
    {
        var mask = 0UL;
        foreach (var goal in goals)
        {
            mask |= 1UL << (int)goal;
        }

        return mask;
    }

    private static ulong? Bit(int? enumValue) => enumValue is { } known ? 1UL << known : null;

    private static ulong? YesNo(bool? value) => value is { } known ? YesNoBit(known) : null;
}
