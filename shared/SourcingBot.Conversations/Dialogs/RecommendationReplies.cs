using System.Globalization;
using SourcingBot.Conversations.Engine;
using SourcingBot.Conversations.Turns;
using SourcingBot.Knowledge.Recommending;

namespace SourcingBot.Conversations.Dialogs;

// Renders a recommendation (and what changed since the last one) as channel-neutral replies.
internal static class RecommendationReplies
{
    private const int MaximumReasons = 5;

    public static Reply Result(DialogContext context, Recommendation recommendation)
    {
        var r = recommendation;
        var sections = new List<ReplySection>
        {
            new("Why", Bullets(r.Reasons.Take(MaximumReasons).Select(Reason))),
        };
        AddSection(sections, "Trade-offs you accept", r.TradeOffs.Select(reason => reason.Text));
        AddSection(sections, "Risks to manage", r.Risks.Select(reason => reason.Text));
        AddSection(sections, "Next steps", r.NextSteps, numbered: true);
        AddSection(sections, "What would change it", r.WhatWouldChangeIt.Select(c => c.Text));
        AddSection(sections, "Notes", r.Notes);
        return new Reply
        {
            Kind = ReplyKind.Recommendation,
            Title = $"Recommended: {Name(r.Recommended)}",
            Text = Headline(r),
            Sections = sections,
            Table = Overlaps(r),
            Sources = r.Sources.Select(ReplyBuilder.Cite).ToArray(),
            Suggestions = Suggestions(context, r),
            CopyText = RecommendationSummary.ToMarkdown(r),
            Topic = r.Recommended.Id,
            Confidence = r.Confidence,
        };
    }

    public static Reply Change(RecommendationChange change) => new()
    {
        Kind = ReplyKind.Message,
        Title = change.WinnerChanged ? "The recommendation changed" : "The recommendation holds",
        Text = change.Summary,
        Table = change.ScoreChanges.Count == 0
            ? null
            : new ReplyTable(
                "Scores before and after",
                ["Strategy", "Before", "After"],
                change.ScoreChanges.Take(MaximumReasons)
                    .Select(score => (IReadOnlyList<string>)[score.Name, Points(score.Before), Points(score.After)])
                    .ToArray()),
    };

    public static Reply Markdown(Recommendation recommendation) => new()
    {
        Kind = ReplyKind.Message,
        Title = "Summary to copy",
        Text = "Here is the summary of your answers and the recommendation, in Markdown, ready to paste into a document or an email.",
        CopyText = RecommendationSummary.ToMarkdown(recommendation),
    };

    private static string Headline(Recommendation r)
    {
        var confidence = r.Confidence >= 0.75 ? "high" : r.Confidence >= 0.6 ? "moderate" : "low";
        var text = string.Create(CultureInfo.InvariantCulture,
            $"**{Name(r.Recommended)}** fits your answers best (score {r.Recommended.Score:0.##}); the runner-up is **{Name(r.RunnerUp)}** (score {r.RunnerUp.Score:0.##}). Confidence: {confidence} ({r.Confidence:0.00}).");
        return r.ConfidenceNote is null ? text : $"{text}\n\n{r.ConfidenceNote}";
    }

    private static string Reason(RecommendationReason reason) =>
        reason.Fields.Count == 0
            ? reason.Text
            : $"{reason.Text} *(from your answer on {string.Join(" and ", reason.Fields.Select(Label))})*";

    private static string Label(ProfileField field) => field switch
    {
        ProfileField.Goals => "goals",
        ProfileField.Function => "the function",
        ProfileField.Coreness => "how core the work is",
        ProfileField.RequirementsSpecified => "specifying the work",
        ProfileField.TeamSize => "team size",
        ProfileField.CompanySize => "company size",
        ProfileField.AnnualBudget => "budget",
        ProfileField.StartWithin => "timeline",
        ProfileField.HeadquartersTimeZone => "headquarters",
        ProfileField.OverlapNeeded => "shared hours",
        ProfileField.DataSensitivity => "sensitive data",
        ProfileField.PresenceAbroad => "presence abroad",
        _ => "ownership",
    };

    private static ReplyTable? Overlaps(Recommendation r) =>
        r.Overlaps.Count == 0
            ? null
            : new ReplyTable(
                string.Create(CultureInfo.InvariantCulture,
                    $"Shared business hours with headquarters ({r.BusinessDayStart:HH:mm}–{r.BusinessDayEnd:HH:mm} local time, daylight saving as of {r.Date:d MMMM yyyy})"),
                ["Region", "Kind", "Today", "All year"],
                r.Overlaps.Select(o => (IReadOnlyList<string>)[o.Region, o.Kind.ToString().ToLowerInvariant(), Hours(o.Hours), Hours(o.YearRoundHours)])
                    .ToArray());

    private static ReplyAction[] Suggestions(DialogContext context, Recommendation r)
    {
        var suggestions = new List<ReplyAction>
        {
            AssessmentReplies.Command("Copy the summary", Turns.DialogCommand.Summary),
        };
        if (!r.Recommended.IsHybrid && !r.RunnerUp.IsHybrid
            && context.Knowledge.FindStrategy(r.Recommended.Id) is not null && context.Knowledge.FindStrategy(r.RunnerUp.Id) is not null)
        {
            suggestions.Add(new ReplyAction(
                $"Compare with {AnswerTextInSentence(r.RunnerUp.Name)}", ActionValues.CompareStrategies(r.Recommended.Id, r.RunnerUp.Id)));
        }

        if (context.Knowledge.FindStrategy(r.Recommended.Id) is { } strategy && context.Knowledge.FindEntry(strategy.EntryId) is { } entry)
        {
            suggestions.Add(new ReplyAction($"More about {AnswerTextInSentence(strategy.Name)}", ActionValues.AskEntry(entry.Id)));
        }

        suggestions.Add(LeadDialog.Offer);
        suggestions.Add(AssessmentReplies.Command("Start over", Turns.DialogCommand.Restart));
        return suggestions.ToArray();
    }

    private static void AddSection(List<ReplySection> sections, string heading, IEnumerable<string> items, bool numbered = false)
    {
        var list = items.ToArray();
        if (list.Length > 0)
        {
            sections.Add(new ReplySection(heading, Bullets(list, numbered)));
        }
    }

    private static string Bullets(IEnumerable<string> items, bool numbered = false) =>
        string.Join("\n", items.Select((item, index) => numbered ? string.Create(CultureInfo.InvariantCulture, $"{index + 1}. {item}") : $"- {item}"));

    private static string Name(StrategyScore score) =>
        score.IsHybrid ? $"{score.Name} ({string.Join(" + ", score.PartNames)})" : score.Name;

    private static string AnswerTextInSentence(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && !char.IsUpper(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    private static string Points(decimal score) => score.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Hours(double hours) => string.Create(CultureInfo.InvariantCulture, $"{hours:0.#} h");
}
