using SourcingBot.Conversations.Turns;

namespace SourcingBot.Conversations.Engine;

/// <summary>Handles one turn of a conversation: what every channel adapter calls.</summary>
public interface ITurnHandler
{
    /// <summary>Works out the replies to <paramref name="turn"/>.</summary>
    ValueTask<TurnResult> HandleAsync(IncomingTurn turn, CancellationToken cancellationToken);
}
