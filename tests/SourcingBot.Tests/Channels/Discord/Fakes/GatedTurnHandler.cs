using SourcingBot.Conversations.Engine;
using SourcingBot.Conversations.Turns;

namespace SourcingBot.Tests.Channels.Discord.Fakes;

/// <summary>The engine, which a test can hold up to make a turn slow (to see an interaction deferred).</summary>
public sealed class GatedTurnHandler(ITurnHandler engine) : ITurnHandler
{
    private TaskCompletionSource? _gate;
    private int _count;
    private TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Holds every turn from now on until <see cref="Release"/>.</summary>
    public void Hold()
    {
        _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public void Release() => _gate?.TrySetResult();

    /// <summary>Completes when a held turn has started.</summary>
    public Task Entered => _entered.Task;

    /// <summary>How many Discord turns the engine was given (the host's warm-up turns are not counted).</summary>
    public int Count => Volatile.Read(ref _count);

    public async ValueTask<TurnResult> HandleAsync(IncomingTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Channel == "discord")
        {
            Interlocked.Increment(ref _count);
        }

        if (_gate is { } gate)
        {
            _entered.TrySetResult();
            await gate.Task.WaitAsync(cancellationToken);
        }

        return await engine.HandleAsync(turn, cancellationToken);
    }
}
