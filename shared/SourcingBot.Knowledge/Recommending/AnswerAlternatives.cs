namespace SourcingBot.Knowledge.Recommending;

// The small set of meaningful different answers tried for "what would change it": each goal
// switched on or off, the other choices of each question, and a few typical sizes, budgets and
// lead times. The function and the headquarters' time zone are facts of the business, not choices,
// so they are not varied.
internal static class AnswerAlternatives
{
    private static readonly int[] TeamSizes = [5, 30, 150];
    private static readonly int[] CompanySizes = [20, 300, 3000];
    private static readonly decimal[] Budgets = [100_000m, 1_000_000m, 10_000_000m];
    private static readonly int[] Months = [1, 6, 18];

    private static readonly DataSensitivity[] DataKinds =
    [
        DataSensitivity.None, DataSensitivity.PersonalData | DataSensitivity.Gdpr,
        DataSensitivity.PersonalData | DataSensitivity.Hipaa, DataSensitivity.Financial,
    ];

    public static IEnumerable<(ProfileField Field, string Answer, string Condition, CompanyProfile Profile)> For(CompanyProfile profile)
    {
        foreach (var goal in Enum.GetValues<SourcingGoal>())
        {
            var goals = new HashSet<SourcingGoal>(profile.Goals ?? new HashSet<SourcingGoal>());
            var had = !goals.Add(goal);
            if (had)
            {
                goals.Remove(goal);
            }

            var answer = (had ? "without " : "with ") + AnswerText.Goal(goal);
            var condition = $"\"{AnswerText.Goal(goal)}\" were {(had ? "not " : string.Empty)}one of your goals";
            yield return (ProfileField.Goals, answer, condition, profile with { Goals = goals });
        }

        foreach (var coreness in Enum.GetValues<Coreness>().Where(c => c != profile.Coreness))
        {
            yield return (ProfileField.Coreness, AnswerText.Coreness(coreness), $"the work were {AnswerText.Coreness(coreness)}", profile with { Coreness = coreness });
        }

        foreach (var specified in Flip(profile.RequirementsSpecified))
        {
            var text = specified ? "the requirements could be specified in measurable terms" : "the requirements could not be specified in advance";
            yield return (ProfileField.RequirementsSpecified, AnswerText.YesNo(specified), text, profile with { RequirementsSpecified = specified });
        }

        foreach (var size in TeamSizes.Where(s => s != profile.TeamSize))
        {
            yield return (ProfileField.TeamSize, AnswerText.Count(size, "seat"), $"the team were {AnswerText.Count(size, "seat")}", profile with { TeamSize = size });
        }

        foreach (var size in CompanySizes.Where(s => s != profile.CompanySize))
        {
            var text = AnswerText.Count(size, "employee");
            yield return (ProfileField.CompanySize, text, $"your company had {text}", profile with { CompanySize = size });
        }

        var currency = profile.AnnualBudget?.Currency ?? "USD";
        foreach (var amount in Budgets.Where(a => a != profile.AnnualBudget?.Amount))
        {
            var budget = new Money(amount, currency);
            var text = AnswerText.Amount(budget);
            yield return (ProfileField.AnnualBudget, text, $"your annual budget were {text}", profile with { AnnualBudget = budget });
        }

        foreach (var months in Months.Where(m => m != profile.StartWithinMonths))
        {
            var text = AnswerText.Count(months, "month");
            yield return (ProfileField.StartWithin, text, $"you needed to start within {text}", profile with { StartWithinMonths = months });
        }

        foreach (var need in Enum.GetValues<OverlapNeed>().Where(n => n != profile.OverlapNeeded))
        {
            yield return (ProfileField.OverlapNeeded, AnswerText.Overlap(need), NeedCondition(need), profile with { OverlapNeeded = need });
        }

        foreach (var data in DataKinds.Where(d => d != profile.DataSensitivity))
        {
            var text = AnswerText.Data(data);
            var condition = data == DataSensitivity.None ? "the work involved no sensitive data" : $"the work involved {text}";
            yield return (ProfileField.DataSensitivity, text, condition, profile with { DataSensitivity = data });
        }

        foreach (var presence in Flip(profile.PresenceAbroad))
        {
            var text = presence ? "you already had a presence abroad" : "you had no presence abroad";
            yield return (ProfileField.PresenceAbroad, AnswerText.YesNo(presence), text, profile with { PresenceAbroad = presence });
        }

        foreach (var ownership in Flip(profile.WantsOwnership))
        {
            var text = ownership ? "you wanted to own the team in the long run" : "you did not need to own the team";
            yield return (ProfileField.WantsOwnership, AnswerText.YesNo(ownership), text, profile with { WantsOwnership = ownership });
        }
    }

    private static bool[] Flip(bool? value) => value is { } known ? [!known] : [true, false];

    private static string NeedCondition(OverlapNeed need) => need switch
    {
        OverlapNeed.DailyRealTime => "you needed daily real-time collaboration",
        OverlapNeed.FewHours => "you needed a few shared hours a day",
        OverlapNeed.Asynchronous => "the work could run asynchronously",
        _ => "you wanted follow-the-sun hand-overs",
    };
}
