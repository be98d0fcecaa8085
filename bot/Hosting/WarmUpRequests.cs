using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using SourcingBot.Conversations.Engine;
using SourcingBot.Conversations.State;
using SourcingBot.Conversations.Turns;

namespace SourcingBot.Hosting;

// The requests the warm-up sends to the bot's own endpoints before it is ready. They carry a header whose value is
// made at start-up and never leaves the process, so no client can send one, and none is recognised once the warm-up
// is over. ASP.NET Core's request metrics and traces leave them out, and their turns go to an engine without a
// journal under the channel "warm-up": no question or usage is recorded, and the engine's metrics tell them apart.
internal sealed class WarmUpRequests(IKnowledgeProvider knowledge, IConversationStore store, TimeProvider timeProvider)
{
    public const string Header = "X-SourcingBot-Warm-Up";

    public const string Channel = "warm-up";

    private readonly byte[] _secret = Encoding.ASCII.GetBytes(Convert.ToHexString(RandomNumberGenerator.GetBytes(32)));
    private readonly AsyncLocal<bool> _inRequest = new();
    private volatile bool _closed;

    /// <summary>The engine of warm-up turns: the same store, no journal.</summary>
    public ITurnHandler Engine { get; } = new ConversationEngine(knowledge, store, timeProvider);

    /// <summary>The value of <see cref="Header"/> that marks a warm-up request.</summary>
    public string Secret => Encoding.ASCII.GetString(_secret);

    /// <summary>True while a warm-up request is being handled (on its own asynchronous flow only).</summary>
    public bool InRequest => _inRequest.Value;

    /// <summary>Stops recognising warm-up requests: after the warm-up, every request is a client's.</summary>
    public void Close() => _closed = true;

    public bool IsWarmUp(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_closed || !context.Request.Headers.TryGetValue(Header, out var values) || values.Count != 1 || values[0] is not { } value)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(value), _secret);
    }

    /// <summary>Runs a turn of a warm-up request: not recorded, and counted under the channel "warm-up".</summary>
    public ValueTask<TurnResult> HandleAsync(IncomingTurn turn, CancellationToken cancellationToken) =>
        Engine.HandleAsync(turn with { Channel = Channel }, cancellationToken);

    /// <summary>Marks warm-up requests for the rest of the pipeline and keeps them out of the request metrics.</summary>
    public async Task MarkAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (IsWarmUp(context))
        {
            if (context.Features.Get<IHttpMetricsTagsFeature>() is { } metrics)
            {
                metrics.MetricsDisabled = true;
            }

            _inRequest.Value = true;
        }

        await next(context);
    }
}
