using System.Globalization;
using SourcingBot.Storage;

namespace SourcingBot.Reports;

// The leads left with "Talk to an expert", oldest first, with where their webhook delivery stands.
internal static class LeadsReport
{
    public static ReportTable Build(IReadOnlyList<StoredLead> leads) => new(
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
                : stored.Attempts == 0 ? "pending" : $"pending ({stored.Attempts.ToString(CultureInfo.InvariantCulture)} failed)",
            stored.Lead.Id,
        ]).ToArray());
}
