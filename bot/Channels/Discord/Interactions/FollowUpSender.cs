using SourcingBot.Channels.Discord.Rest;
using SourcingBot.Hosting;

namespace SourcingBot.Channels.Discord.Interactions;

// Sends what comes after an interaction's first response: the replies of a deferred turn (editing the
// original response) and the pages that did not fit one message (as follow-ups). Several interactions
// are served at once, so one slow turn does not hold up the others. On shutdown no new work is taken,
// but work already queued or running is finished, until the host's shutdown timeout abandons it.
internal sealed partial class FollowUpSender(FollowUpQueue queue, DiscordRestClient rest, InFlightWork inFlight, ILogger<FollowUpSender> logger) : BackgroundService
{
    private const int Concurrency = 16;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var slots = new SemaphoreSlim(Concurrency);
        var running = new List<Task>();
        var abandoned = inFlight.Abandoned;
        try
        {
            await foreach (var work in queue.Reader.ReadAllAsync(stoppingToken))
            {
                await StartAsync(work);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        try
        {
            while (queue.Reader.TryRead(out var work))
            {
                await StartAsync(work);
            }
        }
        catch (OperationCanceledException) when (abandoned.IsCancellationRequested)
        {
        }

        await Task.WhenAll(running);

        async Task StartAsync(FollowUpWork work)
        {
            await slots.WaitAsync(abandoned);
            running.RemoveAll(task => task.IsCompleted);
            running.Add(SendAsync(work, slots, abandoned));
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        using var abandon = inFlight.AbandonWhen(cancellationToken);
        await base.StopAsync(cancellationToken);
    }

    private async Task SendAsync(FollowUpWork work, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        try
        {
            var pages = work.Pages;
            if (work.Pending is { } pending && work.Delivery is { } delivery)
            {
                var result = await pending;
                var rendered = queue.Checked(delivery.Render(result), isEdit: true);
                await rest.EditOriginalResponseAsync(work.Token, rendered[0] with { Flags = null }, cancellationToken);
                pages = rendered.Skip(1).Select(page => page with { Flags = delivery.Flags }).ToArray();
            }

            foreach (var page in pages)
            {
                await rest.CreateFollowUpAsync(work.Token, page, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var reference = TurnErrors.NewReference();
            Log.FollowUpFailed(logger, exception, reference);
        }
        finally
        {
            slots.Release();
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "Sending a Discord interaction follow-up failed (reference {Reference})")]
        public static partial void FollowUpFailed(ILogger logger, Exception exception, string reference);
    }
}
