using System.Globalization;
using System.Text;

namespace SourcingBot.Knowledge.Recommending;

/// <summary>Renders a recommendation, with the answers it is based on, as Markdown to copy and share.</summary>
public static class RecommendationSummary
{
    /// <summary>The answers and the result as one Markdown document.</summary>
    public static string ToMarkdown(Recommendation recommendation)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        var r = recommendation;
        var sourceNumbers = r.Sources.Select((s, i) => (s.Id, Number: i + 1)).ToDictionary(p => p.Id, p => p.Number, StringComparer.Ordinal);
        var md = new StringBuilder();
        md.AppendLine("# Sourcing recommendation").AppendLine();
        md.AppendLine(Invariant($"**Recommended: {Name(r.Recommended)}** (score {r.Recommended.Score:0.##}) · runner-up: {Name(r.RunnerUp)} (score {r.RunnerUp.Score:0.##}) · confidence {r.Confidence:0.00}"));
        if (r.ConfidenceNote is not null)
        {
            md.AppendLine().AppendLine(Invariant($"> {r.ConfidenceNote}"));
        }

        md.AppendLine().AppendLine("## Your answers").AppendLine().AppendLine("| Question | Answer |").AppendLine("| --- | --- |");
        foreach (var field in AnswerText.Fields)
        {
            md.AppendLine(Invariant($"| {AnswerText.Label(field)} | {Cell(AnswerText.Display(r.Profile, field))} |"));
        }

        Section(md, "Why", r.Reasons.Select(reason => Cite(reason, sourceNumbers)), numbered: true);
        Section(md, "Trade-offs: what counts against it", r.TradeOffs.Select(reason => Cite(reason, sourceNumbers)));
        Section(md, "Risks to manage", r.Risks.Select(reason => Cite(reason, sourceNumbers)));
        Section(md, "Next steps", r.NextSteps, numbered: true);
        Section(md, "What would change it", r.WhatWouldChangeIt.Select(c => c.Text));
        md.AppendLine().AppendLine("## Ranking").AppendLine().AppendLine("| # | Strategy | Score |").AppendLine("| ---: | --- | ---: |");
        foreach (var score in r.Ranking)
        {
            md.AppendLine(Invariant($"| {score.Rank} | {Cell(Name(score))} | {score.Score:0.##} |"));
        }

        if (r.Overlaps.Count > 0)
        {
            md.AppendLine().AppendLine(Invariant($"## Shared business hours with {Cell(AnswerText.Display(r.Profile, ProfileField.HeadquartersTimeZone))} ({r.BusinessDayStart:HH:mm}–{r.BusinessDayEnd:HH:mm} local, on {r.Date:yyyy-MM-dd})"));
            md.AppendLine().AppendLine("| Region | Kind | On this date | All year |").AppendLine("| --- | --- | ---: | ---: |");
            foreach (var overlap in r.Overlaps)
            {
                md.AppendLine(Invariant($"| {Cell(overlap.Region)} | {overlap.Kind.ToString().ToLowerInvariant()} | {AnswerText.Hours(overlap.Hours)} | {AnswerText.Hours(overlap.YearRoundHours)} |"));
            }
        }

        Section(md, "Notes", r.Notes);
        Section(md, "Sources", r.Sources.Select(s =>
            $"[{sourceNumbers[s.Id]}] {s.Publisher} ({s.Year}). *{s.Title}*. <{s.Url}>{(s.Caveat is null ? string.Empty : $" ({s.Caveat})")}"));
        return md.ToString();
    }

    private static void Section(StringBuilder md, string heading, IEnumerable<string> items, bool numbered = false)
    {
        var list = items.ToArray();
        if (list.Length == 0)
        {
            return;
        }

        md.AppendLine().AppendLine(Invariant($"## {heading}")).AppendLine();
        for (var i = 0; i < list.Length; i++)
        {
            md.AppendLine(numbered ? Invariant($"{i + 1}. {list[i]}") : $"- {list[i]}");
        }
    }

    private static string Cite(RecommendationReason reason, Dictionary<string, int> numbers)
    {
        var refs = string.Concat(reason.SourceIds.Where(numbers.ContainsKey).Select(id => Invariant($"[{numbers[id]}]")));
        var from = reason.Fields.Count == 0 ? string.Empty : $" *(from: {string.Join(", ", reason.Fields.Select(f => AnswerText.Label(f).ToLowerInvariant()))})*";
        return $"{reason.Text}{from} {refs}".TrimEnd();
    }

    private static string Name(StrategyScore score) =>
        score.IsHybrid ? $"{score.Name} ({string.Join(" + ", score.PartNames)})" : score.Name;

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
