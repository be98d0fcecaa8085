using SourcingBot.Channels.Discord.Rest;
using SourcingBot.Hosting;

namespace SourcingBot.Channels.Discord.Interactions;

// Sends what comes after an interaction's first response: the replies of a deferred turn (editing the
// original response) and the pages that did not fit one message (as follow-ups). Several interactions
// are served at once, so one slow turn does not hold up the others.
internal sealed partial class FollowUpSender(FollowUpQueue queue, DiscordRestClient rest, ILogger<FollowUpSender> logger) : BackgroundService
{
    private const int Concurrency = 16;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var slots = new SemaphoreSlim(Concurrency);
        var running = new List<Task>();
        try
        {
            await foreach (var work in queue.Reader.ReadAllAsync(stoppingToken))
            {
                await slots.WaitAsync(stoppingToken);
                running.RemoveAll(task => task.IsCompleted);
                running.Add(SendAsync(work, slots, stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await Task.WhenAll(running);
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
