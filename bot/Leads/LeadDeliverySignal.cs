using System.Threading.Channels;

namespace SourcingBot.Leads;

// Wakes the webhook delivery when a lead is stored, so it goes out at once rather than at the next retry interval.
internal sealed class LeadDeliverySignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _channel.Writer.TryWrite(true);

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        await _channel.Reader.ReadAsync(cancellationToken);
    }
}
