using System.Threading.Channels;

namespace SourcingBot.Channels.Discord.Gateway;

// Hands MESSAGE_CREATE events from the gateway connection to MessageResponder, each message once: a
// resume replays the events a dropped connection missed, and Discord may deliver one twice, so message
// ids already taken are remembered (the most recent ones, bounded) and their repeats dropped.
internal sealed partial class GatewayMessageQueue(ILogger<GatewayMessageQueue> logger)
{
    private const int Remembered = 10_000;

    private readonly Channel<GatewayEvent> _events = Channel.CreateBounded<GatewayEvent>(
        new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
        dropped => Log.Dropped(logger, dropped.Message.Id));

    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _lock = new();

    public ChannelReader<GatewayEvent> Reader => _events.Reader;

    /// <summary>Queues the message unless it was queued before; false for a repeat.</summary>
    public bool Offer(GatewayMessage message, string botUserId)
    {
        lock (_lock)
        {
            if (!_seen.Add(message.Id))
            {
                Log.Repeated(logger, message.Id);
                return false;
            }

            _order.Enqueue(message.Id);
            if (_order.Count > Remembered)
            {
                _seen.Remove(_order.Dequeue());
            }
        }

        return _events.Writer.TryWrite(new GatewayEvent(message, botUserId));
    }

    /// <summary>Says no more messages will come (the gateway client has stopped).</summary>
    public void Complete() => _events.Writer.TryComplete();

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Debug, "Discord message {MessageId} was delivered again and is not answered twice")]
        public static partial void Repeated(ILogger logger, string messageId);

        [LoggerMessage(2, LogLevel.Warning, "Too many Discord messages waiting; message {MessageId} was dropped")]
        public static partial void Dropped(ILogger logger, string messageId);
    }
}
