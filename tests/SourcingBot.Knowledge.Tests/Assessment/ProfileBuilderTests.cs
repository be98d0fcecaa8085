using SourcingBot.Knowledge.Assessment;
using SourcingBot.Knowledge.Recommending;
using SourcingBot.Knowledge.Tests.Recommending;

namespace SourcingBot.Knowledge.Tests.Assessment;

public sealed class ProfileBuilderTests
{
    private static AssessmentDefinition Definition => EmbeddedRecommender.Knowledge.Assessment;

    [Fact]
    public void Build_EveryAnswer_FillsTheWholeProfile()
    {
        var answers = new Dictionary<string, StepAnswer>
        {
            ["goals"] = Choice("reduce-costs", "access-talent"),
            ["function"] = Choice("software-development"),
            ["coreness"] = Choice("support-function"),
            ["requirements"] = Flag(true),
            ["team-size"] = Number(40),
            ["company-size"] = Number(250.4m),
            ["budget"] = new() { Money = new Money(250_000m, "USD"), Display = "$250,000" },
            ["start"] = Number(3),
            ["headquarters"] = new() { Text = "Europe/Berlin", Display = "Berlin (Europe/Berlin)" },
            ["overlap"] = Choice("few-hours"),
            ["data"] = Choice("personal-data", "gdpr"),
            ["presence-abroad"] = Flag(false),
            ["ownership"] = Flag(true),
        };

        var profile = ProfileBuilder.Build(Definition, answers);

        profile.Should().BeEquivalentTo(new CompanyProfile
        {
            Goals = new HashSet<SourcingGoal> { SourcingGoal.ReduceCosts, SourcingGoal.AccessTalent },
            Function = BusinessFunction.SoftwareDevelopment,
            Coreness = Coreness.SupportFunction,
            RequirementsSpecified = true,
            TeamSize = 40,
            CompanySize = 250,
            AnnualBudget = new Money(250_000m, "USD"),
            StartWithinMonths = 3,
            HeadquartersTimeZone = "Europe/Berlin",
            OverlapNeeded = OverlapNeed.FewHours,
            DataSensitivity = DataSensitivity.PersonalData | DataSensitivity.Gdpr,
            PresenceAbroad = false,
            WantsOwnership = true,
        });
    }

    [Fact]
    public void Build_NoAnswers_LeavesEveryFieldUnknown()
    {
        var profile = ProfileBuilder.Build(Definition, new Dictionary<string, StepAnswer>());

        profile.Should().BeEquivalentTo(new CompanyProfile());
        profile.Goals.Should().BeNull();
        profile.TeamSize.Should().BeNull();
        profile.DataSensitivity.Should().BeNull();
    }

    [Fact]
    public void Build_DataNone_IsNoSensitiveData()
    {
        var profile = ProfileBuilder.Build(Definition, new Dictionary<string, StepAnswer> { ["data"] = Choice("none") });

        profile.DataSensitivity.Should().Be(DataSensitivity.None);
    }

    [Fact]
    public void Build_GoalsEmptyList_IsNoParticularGoal()
    {
        var profile = ProfileBuilder.Build(Definition, new Dictionary<string, StepAnswer> { ["goals"] = Choice() });

        profile.Goals.Should().NotBeNull().And.BeEmpty();
    }

    [Theory]
    [InlineData(0.5, 1)]
    [InlineData(2.1, 3)]
    [InlineData(6, 6)]
    [InlineData(0, 0)]
    [InlineData(-1.5, 0)]
    public void Build_DurationInMonths_RoundsUpToAWholeMonth(double months, int expected)
    {
        var profile = ProfileBuilder.Build(Definition, new Dictionary<string, StepAnswer> { ["start"] = Number((decimal)months) });

        profile.StartWithinMonths.Should().Be(expected);
    }

    [Theory]
    [InlineData(39.5, 40)]
    [InlineData(12.2, 12)]
    public void Build_FractionalTeamSize_RoundsToTheNearestPerson(double people, int expected)
    {
        var profile = ProfileBuilder.Build(Definition, new Dictionary<string, StepAnswer> { ["team-size"] = Number((decimal)people) });

        profile.TeamSize.Should().Be(expected);
    }

    [Fact]
    public void Build_AnswerToUnknownStep_IsIgnored()
    {
        var profile = ProfileBuilder.Build(Definition, new Dictionary<string, StepAnswer> { ["favourite-colour"] = Choice("blue") });

        profile.Should().BeEquivalentTo(new CompanyProfile());
    }

    [Fact]
    public void OptionValue_EnumMember_IsItsNameInKebabCase()
    {
        ProfileBuilder.OptionValue(SourcingGoal.ReduceCosts).Should().Be("reduce-costs");
        ProfileBuilder.OptionValue(Coreness.SupportFunction).Should().Be("support-function");
        ProfileBuilder.OptionValue(OverlapNeed.DailyRealTime).Should().Be("daily-real-time");
        ProfileBuilder.OptionValue(BusinessFunction.HrRecruiting).Should().Be("hr-recruiting");
        ProfileBuilder.OptionValue(DataSensitivity.None).Should().Be("none");
        ProfileBuilder.OptionValue(DataSensitivity.Gdpr).Should().Be("gdpr");
    }

    [Fact]
    public void ParseOption_EveryMemberValue_RoundTrips()
    {
        foreach (var goal in Enum.GetValues<BusinessFunction>())
        {
            ProfileBuilder.ParseOption<BusinessFunction>(ProfileBuilder.OptionValue(goal)).Should().Be(goal);
        }

        ProfileBuilder.ParseOption<DataSensitivity>("personal-data").Should().Be(DataSensitivity.PersonalData);
    }

    [Theory]
    [InlineData("ReduceCosts")]
    [InlineData("reduce_costs")]
    [InlineData("cheaper")]
    [InlineData("")]
    public void ParseOption_NotAnOptionValue_IsNull(string value) =>
        ProfileBuilder.ParseOption<SourcingGoal>(value).Should().BeNull();

    private static StepAnswer Choice(params string[] values) => new() { Options = values, Display = string.Join(", ", values) };

    private static StepAnswer Flag(bool flag) => new() { Flag = flag, Display = flag ? "yes" : "no" };

    private static StepAnswer Number(decimal number) => new() { Number = number, Display = number.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
