using SourcingBot.Knowledge.Recommending;
using static SourcingBot.Knowledge.Recommending.BusinessFunction;
using static SourcingBot.Knowledge.Recommending.Coreness;
using static SourcingBot.Knowledge.Recommending.OverlapNeed;
using static SourcingBot.Knowledge.Recommending.SourcingGoal;
using Data = SourcingBot.Knowledge.Recommending.DataSensitivity;

namespace SourcingBot.Knowledge.Tests.Recommending;

// Realistic company profiles with the strategy the sources point to, a one-line rationale and the
// source that grounds it. The expectation comes from the heuristic, not from running the engine.
internal static class RecommendationProfiles
{
    public static IReadOnlyList<Case> All { get; } =
    [
        new("startup-6-support-offshore", "offshore-outsourcing", "bestarion-nearshore-offshore",
            "Non-core support, cost first, asynchronous and well specified: outsource it, offshore.",
            Profile([ReduceCosts], CustomerSupport, SupportFunction, true, 3, 6, null, 2, "America/New_York", Asynchronous, Data.None, false, false)),
        new("bank-2000-present-abroad-captive", "captive-centre", "microsourcing-tpi-2010",
            "A captive needs scale and capital, and a presence abroad removes the learning curve.",
            Profile([ReduceCosts, KeepControl], FinanceAccounting, ImportantNotDifferentiating, true, 200, 2000, new(20_000_000m, "EUR"), 12, "Europe/Frankfurt", FewHours, Data.Financial | Data.PersonalData | Data.Gdpr, true, true)),
        new("bank-2000-no-presence-bot", "build-operate-transfer", "saigon-bot",
            "Long-term ownership without local set-up capability is what BOT is for.",
            Profile([ReduceCosts, KeepControl], FinanceAccounting, ImportantNotDifferentiating, true, 200, 2000, new(20_000_000m, "EUR"), 12, "Europe/Frankfurt", FewHours, Data.Financial | Data.PersonalData | Data.Gdpr, false, true)),
        new("us-software-real-time-nearshore", "nearshore-outsourcing", "bestarion-nearshore-offshore",
            "Daily real-time collaboration calls for nearshore rather than offshore.",
            Profile([AccessTalent, ReduceCosts], SoftwareDevelopment, ImportantNotDifferentiating, true, 15, 300, null, 4, "America/New_York", DailyRealTime, Data.None, false, false)),
        new("small-firm-core-in-house", "in-house", "scrygroup-core",
            "The function is the firm's core differentiator: keep core competencies in-house.",
            Profile([KeepControl], SoftwareDevelopment, CoreDifferentiator, false, 4, 25, null, 6, "Europe/Berlin", DailyRealTime, Data.None, false, true)),
        new("eu-insurer-gdpr-nearshore", "nearshore-outsourcing", "gdprhub-art45",
            "GDPR data and cost pressure: an EU nearshore provider avoids a third-country transfer.",
            Profile([ReduceCosts], FinanceAccounting, SupportFunction, true, 40, 800, new(2_000_000m, "EUR"), 6, "Europe/Paris", FewHours, Data.PersonalData | Data.Gdpr, false, false)),
        new("us-clinic-hipaa-domestic", "domestic-outsourcing", "bmge-eurostat-2022",
            "Regulated health data and real-time work: a provider at home avoids cross-border legal obstacles.",
            Profile([FocusOnCore], FinanceAccounting, SupportFunction, true, 8, 120, null, 4, "America/Chicago", DailyRealTime, Data.PersonalData | Data.Hipaa, false, false)),
        new("retailer-24x7-support-offshore", "offshore-outsourcing", "hubbry-follow-the-sun",
            "Round-the-clock support handed over between time zones comes from sites far away.",
            Profile([RoundTheClock, ReduceCosts], CustomerSupport, SupportFunction, true, 60, 3000, null, 6, "America/New_York", FollowTheSun, Data.PersonalData, false, false)),
        new("scaleup-urgent-developers-staff-aug", "staff-augmentation", "sthenos-staff-aug",
            "Keeps direction of loosely specified work and must add people within a month.",
            Profile([ScaleFlexibly, KeepControl], SoftwareDevelopment, ImportantNotDifferentiating, false, 5, 80, null, 1, "Europe/Amsterdam", DailyRealTime, Data.None, false, false)),
        new("us-marketing-content-domestic", "domestic-outsourcing", "geprep-nearshoring",
            "Content for a home audience in real time: the closer the team, the closer the culture.",
            Profile([FocusOnCore], MarketingContent, SupportFunction, true, 6, 200, null, 2, "America/Los_Angeles", DailyRealTime, Data.None, false, false)),
        new("us-tech-5000-gcc-captive", "captive-centre", "nasscom-zinnov-2021",
            "A multinational with scale, capital and an existing subsidiary: a global capability centre.",
            Profile([ReduceCosts, AccessTalent], SoftwareDevelopment, ImportantNotDifferentiating, true, 300, 5000, new(15_000_000m, "USD"), 9, "America/New_York", FewHours, Data.PersonalData, true, true)),
        new("eu-fintech-analytics-bot", "build-operate-transfer", "yourteam-bot",
            "Wants to own an analytics team abroad but has no local set-up: build-operate-transfer.",
            Profile([AccessTalent, ReduceCosts], DataAnalytics, ImportantNotDifferentiating, true, 60, 600, new(3_000_000m, "EUR"), 9, "Europe/Berlin", FewHours, Data.Financial | Data.PersonalData | Data.Gdpr, false, true)),
        new("multinational-captive-with-overflow", "hybrid-captive-plus-outsourced", "sson-captive-or-outsourced",
            "Owns a large captive but must flex with peaks: combine the captive with a provider.",
            Profile([ScaleFlexibly, ReduceCosts], CustomerSupport, ImportantNotDifferentiating, true, 400, 10_000, new(20_000_000m, "USD"), 6, "America/New_York", FewHours, Data.PersonalData, true, true)),
        new("saas-support-core-team-plus-24x7", "hybrid-inhouse-core-plus-outsourced-support", "scrygroup-core",
            "Keep the knowledgeable support team in-house and buy round-the-clock first line.",
            Profile([RoundTheClock, KeepControl], CustomerSupport, ImportantNotDifferentiating, true, 25, 400, null, 4, "America/New_York", FewHours, Data.PersonalData, false, false)),
        new("exploratory-analytics-staff-aug", "staff-augmentation", "hpwd-bpo-captive",
            "Requirements cannot be specified, so not outsourcing; augmented analysts under own direction.",
            Profile([AccessTalent], DataAnalytics, ImportantNotDifferentiating, false, 4, 150, null, 2, "Europe/London", FewHours, Data.None, false, false)),
        new("mostly-unknown-support", "offshore-outsourcing", "ibm-bpo-2024",
            "All that is known: support work, the classic case for business-process outsourcing.",
            new CompanyProfile { Function = CustomerSupport, Coreness = SupportFunction }),
        new("consultancy-virtual-assistant-offshore", "offshore-outsourcing", "eatsip365-offshore",
            "One virtual assistant for routine, asynchronous admin work: an offshore provider.",
            Profile([ReduceCosts], AdminVirtualAssistance, SupportFunction, true, 1, 3, null, 1, "Europe/London", Asynchronous, Data.None, false, false)),
        new("us-manufacturer-nearshore", "nearshore-outsourcing", "geprep-nearshoring",
            "Goods made nearby ship faster and cheaper; cost matters but ownership does not.",
            Profile([ReduceCosts], Manufacturing, ImportantNotDifferentiating, true, 150, 2000, null, 12, "America/Chicago", FewHours, Data.None, false, false)),
        new("eu-retailer-reporting-offshore", "offshore-outsourcing", "bestarion-nearshore-offshore",
            "Well-specified reporting that runs asynchronously, cost first: offshore.",
            Profile([ReduceCosts], DataAnalytics, SupportFunction, true, 12, 900, null, 5, "Europe/Madrid", Asynchronous, Data.None, false, false)),
        new("eu-software-gdpr-real-time-nearshore", "nearshore-outsourcing", "dsinnovators-nearshore",
            "Real-time development with GDPR data: an EU nearshore partner one time zone away.",
            Profile([AccessTalent], SoftwareDevelopment, ImportantNotDifferentiating, true, 20, 250, null, 4, "Europe/Berlin", DailyRealTime, Data.PersonalData | Data.Gdpr, false, false)),
        new("enterprise-urgent-developers-staff-aug", "staff-augmentation", "diceus-staff-aug",
            "Needs developers within a month, directed in-house: staff augmentation starts fastest.",
            Profile([ScaleFlexibly], SoftwareDevelopment, ImportantNotDifferentiating, false, 12, 5000, null, 1, "America/New_York", DailyRealTime, Data.None, true, false)),
        new("small-company-wants-ownership-in-house", "in-house", "nearshore-americas-captive",
            "Wants to own a tiny team; a captive makes no sense when the business is not big enough.",
            Profile([KeepControl], FinanceAccounting, ImportantNotDifferentiating, true, 3, 15, null, 6, "Europe/Vienna", DailyRealTime, Data.Financial, false, true)),
        new("tight-budget-us-few-hours-nearshore", "nearshore-outsourcing", "remotestaffingwiki-overlap",
            "Needs a few shared hours a day, which offshore business hours do not give New York.",
            Profile([ReduceCosts], AdminVirtualAssistance, SupportFunction, true, 4, 30, new(100_000m, "USD"), 3, "America/New_York", FewHours, Data.None, false, false)),
        new("eu-expansion-captive", "captive-centre", "wikipedia-offshoring",
            "Expanding into new markets with an existing presence abroad: a unit of its own.",
            Profile([ExpandMarkets, AccessTalent], SoftwareDevelopment, ImportantNotDifferentiating, true, 30, 1500, new(4_000_000m, "EUR"), 12, "Europe/Madrid", FewHours, Data.PersonalData, true, true)),
        new("australian-support-nearshore", "nearshore-outsourcing", "bestarion-nearshore-offshore",
            "Real-time support from Sydney: nearshore (the Philippines) rather than offshore.",
            Profile([ReduceCosts], CustomerSupport, SupportFunction, true, 20, 300, null, 4, "Australia/Sydney", DailyRealTime, Data.PersonalData, false, false)),
        new("us-hr-support-domestic", "domestic-outsourcing", "geprep-nearshoring",
            "HR support that needs real-time contact, handed to a provider at home to focus and flex.",
            Profile([ScaleFlexibly, FocusOnCore], HrRecruiting, SupportFunction, true, 8, 400, null, 2, "America/Denver", DailyRealTime, Data.PersonalData, false, false)),
        new("core-rnd-cost-pressure-hybrid", "hybrid-inhouse-core-plus-outsourced-support", "scrygroup-core",
            "Core product work under cost pressure: keep the core in-house, outsource the support work around it.",
            Profile([ReduceCosts], SoftwareDevelopment, CoreDifferentiator, true, 40, 1200, null, 6, "America/New_York", FewHours, Data.None, false, false)),
        new("regulated-finance-keep-control-in-house", "in-house", "barthelemy-2003",
            "Important finance work with financial data, control first and real-time needs: keep it in-house.",
            Profile([KeepControl], FinanceAccounting, ImportantNotDifferentiating, true, 12, 500, null, 6, "Europe/Zurich", DailyRealTime, Data.Financial, false, true)),
    ];

    public static Case Named(string name) => All.Single(c => c.Name == name);

    private static CompanyProfile Profile(
        SourcingGoal[] goals, BusinessFunction function, Coreness coreness, bool specified, int team, int company, Money? budget,
        int startWithinMonths, string headquarters, OverlapNeed overlap, Data data, bool presenceAbroad, bool ownership) =>
        new()
        {
            Goals = goals.ToHashSet(),
            Function = function,
            Coreness = coreness,
            RequirementsSpecified = specified,
            TeamSize = team,
            CompanySize = company,
            AnnualBudget = budget,
            StartWithinMonths = startWithinMonths,
            HeadquartersTimeZone = headquarters,
            OverlapNeeded = overlap,
            DataSensitivity = data,
            PresenceAbroad = presenceAbroad,
            WantsOwnership = ownership,
        };

    /// <summary>One profile with the expected recommendation and why.</summary>
    internal sealed record Case(string Name, string Expected, string SourceId, string Rationale, CompanyProfile Profile)
    {
        public override string ToString() => Name;
    }
}
