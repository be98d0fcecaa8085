using System.Threading.Channels;
using SourcingBot.Conversations.Insights;
using SourcingBot.Storage;

namespace SourcingBot.Insights;

/// <summary>
/// Stores a turn's questions and usage behind the turn: the user's reply no longer waits for them to be committed.
/// They are the operator's statistics, which a failed write already dropped (logged) rather than fail the turn, so
/// waiting for them only made every reply slower. Records are stored in the order they came, many at a time (in one
/// SQLite batch); when the queue is full a turn waits for room rather than dropping records. Stopping the host
/// stores what is queued. Leads never come here: a lead is stored before the user is told an expert will call.
/// </summary>
internal sealed partial class InsightWriteBehind(IInsightStore store, ILogger<InsightWriteBehind> logger) : BackgroundService
{
    /// <summary>How many records may wait; more makes turns wait for room.</summary>
    public const int Capacity = 10_000;

    private const int MaximumInFlight = 256;

    private readonly Channel<Queued> _queue = Channel.CreateBounded<Queued>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Queues <paramref name="record"/>; returns at once unless the queue is full.</summary>
    public async ValueTask EnqueueAsync(TurnRecord record, CancellationToken cancellationToken)
    {
        try
        {
            await _queue.Writer.WriteAsync(new Queued(record, null), cancellationToken);
        }
        catch (ChannelClosedException)
        {
            // The host is stopping while requests still finish: their records are stored on their own time.
            await StoreAsync(record);
        }
    }

    /// <summary>Completes once every record queued before this call has been stored (or its failure logged).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var flushed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            await _queue.Writer.WriteAsync(new Queued(null, flushed), cancellationToken);
        }
        catch (ChannelClosedException)
        {
            // Stopping: the queue is being emptied; done when that is.
            await (ExecuteTask ?? Task.CompletedTask).WaitAsync(cancellationToken);
            return;
        }

        await flushed.Task.WaitAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);

        // A host stopped right after it started may have cancelled the loop before it ran: store what is left.
        if (ExecuteTask is null or { IsCompleted: true })
        {
            await DrainAsync();
        }
    }

    // Runs until the queue is completed (the host stopping), not until the stopping token: what is queued is stored.
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            await DrainAsync();
        }
    }

    // Stores what is queued now, up to MaximumInFlight records at a time, and answers the flushes in order.
    private async Task DrainAsync()
    {
        var storing = new List<Task>(MaximumInFlight);
        while (_queue.Reader.TryRead(out var queued))
        {
            if (queued.Record is { } record)
            {
                storing.Add(StoreAsync(record));
                if (storing.Count < MaximumInFlight)
                {
                    continue;
                }
            }

            await Task.WhenAll(storing);
            storing.Clear();
            queued.Flushed?.TrySetResult();
        }

        await Task.WhenAll(storing);
    }

    private async Task StoreAsync(TurnRecord record)
    {
        try
        {
            await store.RecordAsync(record, CancellationToken.None);
        }
        catch (Exception exception)
        {
            Log.RecordFailed(logger, exception.GetType().Name);
        }
    }

    private sealed record Queued(TurnRecord? Record, TaskCompletionSource? Flushed);

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Recording a turn's questions and usage failed ({ExceptionType}); the turn was answered")]
        public static partial void RecordFailed(ILogger logger, string exceptionType);
    }
}
