using System.Collections;

namespace SourcingBot.Hosting;

// The logging scope of one turn: structured sinks (the JSON console formatter, OpenTelemetry) get TurnReference and
// Channel as properties; the plain console shows "turn ABCD2345 (web)". Current is the reference of the turn
// running in this async flow, so an error handler outside the turn's code (Teams' OnTurnError) quotes the same one.
internal sealed class TurnLogScope(string reference, string channel) : IReadOnlyList<KeyValuePair<string, object>>
{
    public const string ReferenceKey = "TurnReference";
    public const string ChannelKey = "Channel";

    private static readonly AsyncLocal<string?> CurrentReference = new();

    /// <summary>The reference of the turn running in this async flow, or null outside a turn.</summary>
    public static string? Current => CurrentReference.Value;

    /// <summary>Starts a turn's scope with a new reference; dispose it when the turn ends.</summary>
    public static IDisposable Begin(ILogger logger, string channel, out string reference)
    {
        reference = TurnErrors.NewReference();
        var previous = CurrentReference.Value;
        CurrentReference.Value = reference;
        var scope = logger.BeginScope(new TurnLogScope(reference, channel));
        return new Ending(scope, previous);
    }

    public int Count => 2;

    public KeyValuePair<string, object> this[int index] => index switch
    {
        0 => new(ReferenceKey, reference),
        1 => new(ChannelKey, channel),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator()
    {
        yield return this[0];
        yield return this[1];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"turn {reference} ({channel})";

    private sealed class Ending(IDisposable? scope, string? previous) : IDisposable
    {
        public void Dispose()
        {
            scope?.Dispose();
            CurrentReference.Value = previous;
        }
    }
}
