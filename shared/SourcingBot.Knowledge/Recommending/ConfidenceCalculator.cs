using System.Globalization;

namespace SourcingBot.Knowledge.Recommending;

// Confidence = margin factor × completeness factor. The margin factor runs from 0.5 (top two tied)
// to 1 (a lead of ClearLead points or more); the completeness factor from 0.4 (nothing answered) to
// 1 (everything answered). Below LowBelow the recommendation says why.
internal static class ConfidenceCalculator
{
    public const double LowBelow = 0.6;
    private const decimal ClearLead = 3m;
    private const decimal CloseLead = 1.5m;
    private const int ManyUnknown = 3;

    public static (double Confidence, string? Note) Assess(
        StrategyScore winner, StrategyScore runnerUp, IReadOnlyList<ProfileField> unknown)
    {
        var lead = winner.Score - runnerUp.Score;
        var margin = 0.5 + (0.5 * (double)Math.Min(1m, lead / ClearLead));
        var answered = (double)(AnswerText.Fields.Count - unknown.Count) / AnswerText.Fields.Count;
        var completeness = 0.4 + (0.6 * answered);
        var confidence = Math.Round(margin * completeness, 2, MidpointRounding.AwayFromZero);
        if (confidence >= LowBelow)
        {
            return (confidence, null);
        }

        var why = new List<string>();
        if (lead < CloseLead || margin < completeness)
        {
            why.Add(string.Create(CultureInfo.InvariantCulture,
                $"{winner.Name} leads {runnerUp.Name} by only {lead:0.##} points"));
        }

        if (unknown.Count >= ManyUnknown || completeness <= margin)
        {
            why.Add($"{unknown.Count} of {AnswerText.Fields.Count} answers are unknown ({string.Join(", ", unknown.Select(f => AnswerText.Label(f).ToLowerInvariant()))})");
        }

        return (confidence, $"Confidence is low: {string.Join("; and ", why)}.");
    }
}
