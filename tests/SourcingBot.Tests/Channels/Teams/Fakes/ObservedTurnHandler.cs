using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using SourcingBot.Conversations.Engine;
using SourcingBot.Conversations.Turns;
using SourcingBot.Tests.Hosting;

namespace SourcingBot.Tests.Channels.Teams.Fakes;

/// <summary>
/// The bot's engine, watched by a test: it counts the Teams turns that reach it, and can hold them until
/// released (a slow turn) or fail the next one. Other turns (the start-up warm-up) pass untouched.
/// </summary>
public sealed class ObservedTurnHandler(ITurnHandler engine) : ITurnHandler
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? _gate;
    private int _failNext;
    private readonly ConcurrentQueue<IncomingTurn> _turns = new();

    /// <summary>How many turns of the Teams conversation <paramref name="conversationId"/> reached the engine.</summary>
    public int TurnsIn(string conversationId) => _turns.Count(turn => turn.ConversationId == "teams:" + conversationId);

    /// <summary>Completes when the first held turn has reached the engine.</summary>
    public Task Entered => _entered.Task;

    /// <summary>Puts an observed engine in <paramref name="factory"/>'s bot.</summary>
    public static BotFactory Install(BotFactory factory) => factory.WithServices(services =>
    {
        services.AddSingleton(provider => new ObservedTurnHandler(ActivatorUtilities.CreateInstance<ConversationEngine>(provider)));
        services.AddSingleton<ITurnHandler>(provider => provider.GetRequiredService<ObservedTurnHandler>());
    });

    /// <summary>The observed engine of a bot set up with <see cref="Install"/>.</summary>
    public static ObservedTurnHandler Of(BotFactory factory) => factory.Services.GetRequiredService<ObservedTurnHandler>();

    /// <summary>Holds every turn from now on until <see cref="Release"/>.</summary>
    public void Hold() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _gate?.TrySetResult();

    /// <summary>Makes the next turn throw.</summary>
    public void FailNext() => Volatile.Write(ref _failNext, 1);

    public async ValueTask<TurnResult> HandleAsync(IncomingTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Channel != "teams")
        {
            return await engine.HandleAsync(turn, cancellationToken);
        }

        _turns.Enqueue(turn);
        if (Interlocked.Exchange(ref _failNext, 0) == 1)
        {
            throw new InvalidOperationException("The engine failed on purpose.");
        }

        if (_gate is { } gate)
        {
            _entered.TrySetResult();
            await gate.Task.WaitAsync(cancellationToken);
        }

        return await engine.HandleAsync(turn, cancellationToken);
    }
}
