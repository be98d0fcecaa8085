using System.Globalization;
using SourcingBot.Storage;

namespace SourcingBot.Reports;

// The leads left with "Talk to an expert", oldest first, with where their webhook delivery stands ("no webhook"
// when none is configured, so an operator does not wait for a delivery that will never come).
internal static class LeadsReport
{
    public static ReportTable Build(IReadOnlyList<StoredLead> leads, bool webhookConfigured) => new(
        "Leads",
        ["created (UTC)", "name", "work email", "company", "preferred contact time", "recommended strategy", "channel", "webhook", "id"],
        leads.Select(stored => (IReadOnlyList<string>)
        [
            stored.Lead.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            stored.Lead.Details.Name,
            stored.Lead.Details.Email,
            stored.Lead.Details.Company,
            stored.Lead.Details.ContactTime,
            stored.Lead.Details.Strategy ?? "-",
            stored.Lead.Channel,
            stored.DeliveredAt is { } delivered
                ? "delivered " + delivered.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
                : !webhookConfigured ? "no webhook"
                : stored.Attempts == 0 ? "pending" : $"pending ({stored.Attempts.ToString(CultureInfo.InvariantCulture)} failed)",
            stored.Lead.Id,
        ]).ToArray());
}
