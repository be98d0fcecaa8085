using SourcingBot.Conversations.Parsing;
using SourcingBot.Knowledge.Assessment;

namespace SourcingBot.Conversations.Assessment.Reading;

// How soon: "within 3 months", "2 weeks", "by next March", "asap" (0 months), "no rush" (12 months);
// the number is the months from today.
internal static class DurationReader
{
    public const decimal NoDeadlineMonths = 12;
    private const double DaysPerWeek = 7;
    private const double DaysPerMonth = 30.44;

    private static readonly PhraseFinder<bool> Phrases = Build();

    public static ReadResult Read(string text, DateOnly today)
    {
        var hits = Phrases.Find(text);
        if (hits.Any(hit => !hit.Tag))
        {
            return ReadResult.Read(new StepAnswer { Number = NoDeadlineMonths, Display = "no fixed deadline (12+ months)" });
        }

        var months = FreeAnswerParser.ParseMonthsFromToday(text, today);
        if (months > 0)
        {
            return ReadResult.Read(new StepAnswer { Number = Math.Round((decimal)months.Value, 2), Display = Display(months.Value) });
        }

        // "we needed it yesterday" means as soon as possible, not a date in the past.
        if (months == 0 || hits.Count > 0)
        {
            return ReadResult.Read(new StepAnswer { Number = 0, Display = "as soon as possible" });
        }

        return months < 0
            ? ReadResult.Rejected("That's already in the past; how soon must it start, for example within 3 months or by next March?")
            : ReadResult.NotAnswer;
    }

    private static string Display(double months)
    {
        // Weeks read better than "about 1 month" for anything short of two months ("6 weeks").
        var inWeeks = months * DaysPerMonth / DaysPerWeek;
        if (months < 1 || (months < 2 && Math.Abs(inWeeks - Math.Round(inWeeks)) < 0.05))
        {
            var weeks = Math.Max(1, (int)Math.Round(months * DaysPerMonth / DaysPerWeek, MidpointRounding.AwayFromZero));
            return weeks == 1 ? "1 week" : $"{weeks} weeks";
        }

        var whole = (int)Math.Round(months, MidpointRounding.AwayFromZero);
        var about = Math.Abs(months - whole) > 0.1 ? "about " : string.Empty;
        return whole == 1 ? $"{about}1 month" : $"{about}{whole} months";
    }

    // Tags: true = as soon as possible, false = no deadline. "not urgent" outweighs "urgent" by length.
    private static PhraseFinder<bool> Build()
    {
        var finder = new PhraseFinder<bool>();
        foreach (var phrase in new[]
        {
            "asap", "as soon as possible", "immediately", "right away", "now", "right now", "straight away", "straightaway",
            "urgent", "urgently", "today", "at once", "yesterday",
        })
        {
            finder.Add(phrase, true);
        }

        foreach (var phrase in new[]
        {
            "no rush", "no hurry", "no deadline", "no fixed deadline", "no time pressure", "whenever", "not urgent", "no timeline",
            "no particular deadline", "no specific deadline", "in no hurry", "any time", "anytime", "eventually",
        })
        {
            finder.Add(phrase, false);
        }

        return finder;
    }
}
