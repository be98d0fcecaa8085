using Microsoft.Extensions.Options;
using SourcingBot.Storage;

namespace SourcingBot.Leads;

// The outbox of the leads webhook: every stored lead not yet delivered is posted when it is stored and, while
// delivery fails, again after Leads:RetryInterval, doubling up to an hour. Leads live in the database until they
// are delivered, so a failing receiver or a restart loses none. With several instances a lead may be posted twice;
// receivers deduplicate by its id.
internal sealed partial class LeadDelivery(
    IInsightStore store,
    LeadWebhookClient webhook,
    LeadDeliverySignal signal,
    IOptions<LeadsOptions> options,
    TimeProvider timeProvider,
    ILogger<LeadDelivery> logger) : BackgroundService
{
    private const int BatchSize = 20;
    private static readonly TimeSpan MaximumBackoff = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.WebhookUrl is null)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DeliverDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Log.Failed(logger, exception.GetType().Name);
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            await Task.WhenAny(signal.WaitAsync(wait.Token), Task.Delay(options.Value.RetryInterval, timeProvider, wait.Token));
            await wait.CancelAsync();
        }
    }

    private async Task DeliverDueAsync(CancellationToken cancellationToken)
    {
        foreach (var due in await store.DueDeliveriesAsync(timeProvider.GetUtcNow(), BatchSize, cancellationToken))
        {
            if (await webhook.DeliverAsync(due.Lead, cancellationToken))
            {
                await store.MarkDeliveredAsync(due.Lead.Id, timeProvider.GetUtcNow(), cancellationToken);
            }
            else
            {
                await store.MarkFailedAsync(due.Lead.Id, timeProvider.GetUtcNow() + Backoff(due.Attempts), cancellationToken);
            }
        }
    }

    private TimeSpan Backoff(int failuresBefore)
    {
        var interval = options.Value.RetryInterval * Math.Pow(2, Math.Min(failuresBefore, 16));
        return interval < MaximumBackoff ? interval : MaximumBackoff;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Delivering leads failed ({ExceptionType}); trying again at the next interval")]
        public static partial void Failed(ILogger logger, string exceptionType);
    }
}
