using System.Text.Json;
using System.Text.Json.Serialization;
using SourcingBot.Conversations.Insights;

namespace SourcingBot.Leads;

/// <summary>The JSON body the webhook receives for one lead.</summary>
internal sealed record LeadPayload(
    string Id, DateTimeOffset CreatedAt, string Channel, string Name, string Email, string Company, string ContactTime, string? Strategy)
{
    public static LeadPayload From(Lead lead) => new(
        lead.Id, lead.CreatedAt, lead.Channel, lead.Details.Name, lead.Details.Email, lead.Details.Company, lead.Details.ContactTime, lead.Details.Strategy);
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(LeadPayload))]
internal sealed partial class LeadJsonContext : JsonSerializerContext;
