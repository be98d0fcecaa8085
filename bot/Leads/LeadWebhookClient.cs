using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SourcingBot.Conversations.Insights;

namespace SourcingBot.Leads;

// Posts one lead to Leads:WebhookUrl, signed (LeadSignature). The typed client retries transient failures with
// exponential backoff; a delivery that still fails is reported as false and retried later from the outbox.
internal sealed partial class LeadWebhookClient(HttpClient http, IOptions<LeadsOptions> options, TimeProvider timeProvider, ILogger<LeadWebhookClient> logger)
{
    public async Task<bool> DeliverAsync(Lead lead, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var body = JsonSerializer.SerializeToUtf8Bytes(LeadPayload.From(lead), LeadJsonContext.Default.LeadPayload);
        var timestamp = LeadSignature.Timestamp(timeProvider.GetUtcNow());
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.WebhookUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(LeadSignature.TimestampHeader, timestamp);
        request.Headers.Add(LeadSignature.SignatureHeader, LeadSignature.Sign(settings.WebhookSecret!, timestamp, body));
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                Log.Delivered(logger, lead.Id);
                return true;
            }

            Log.Refused(logger, lead.Id, (int)response.StatusCode);
            return false;
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Log.Unreachable(logger, lead.Id, exception.GetType().Name);
            return false;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Lead {LeadId} delivered to the webhook")]
        public static partial void Delivered(ILogger logger, string leadId);

        [LoggerMessage(2, LogLevel.Warning, "Webhook refused lead {LeadId} with status {Status}; it stays in the outbox")]
        public static partial void Refused(ILogger logger, string leadId, int status);

        [LoggerMessage(3, LogLevel.Warning, "Webhook unreachable for lead {LeadId} ({ExceptionType}); it stays in the outbox")]
        public static partial void Unreachable(ILogger logger, string leadId, string exceptionType);
    }
}
