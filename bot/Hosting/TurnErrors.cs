using System.Security.Cryptography;
using SourcingBot.Conversations.Engine;
using SourcingBot.Conversations.Turns;

namespace SourcingBot.Hosting;

// The turn-error policy every channel shares: a turn that fails is logged with a short reference code,
// and the user gets a friendly reply quoting that code — never an exception message or a stack trace.
// Every log entry written during the turn carries the same code (scope TurnReference), so one search finds
// all of it; the failure is logged with its exception text redacted (LogRedaction), never the raw exception.
// The engine saves state only after a turn succeeded, so a failed turn leaves the conversation as it was.
// The turns of the warm-up's own requests go to the warm-up's engine (WarmUpRequests).
internal sealed partial class TurnErrors(ITurnHandler engine, WarmUpRequests warmUp, ILogger<TurnErrors> logger)
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public async ValueTask<TurnResult> HandleAsync(IncomingTurn turn, CancellationToken cancellationToken)
    {
        using var scope = TurnLogScope.Begin(logger, turn.Channel, out var reference);
        try
        {
            return await (warmUp.InRequest ? warmUp.HandleAsync(turn, cancellationToken) : engine.HandleAsync(turn, cancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.TurnFailed(logger, reference, turn.Channel, exception.GetType().FullName ?? "Exception", LogRedaction.Redact(exception.ToString()));
            return new TurnResult([Failure(reference)]);
        }
    }

    public static Reply Failure(string reference) => new()
    {
        Kind = ReplyKind.Error,
        Text = $"Sorry, something went wrong on my side and I couldn't answer that. Nothing you told me was lost; please try again in a moment. If it keeps happening, quote reference **{reference}**.",
    };

    // Eight characters without look-alikes (no 0/O, 1/I): easy to read out and to find in the logs. One random
    // byte per character, five bits of it: the alphabet has 32 letters, so every letter is equally likely.
    public static string NewReference() => string.Create(8, 0, (span, _) =>
    {
        Span<byte> random = stackalloc byte[8];
        RandomNumberGenerator.Fill(random);
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = Alphabet[random[i] % Alphabet.Length];
        }
    });

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "Turn failed (reference {Reference}, channel {Channel}): {ExceptionType}\n{Details}")]
        public static partial void TurnFailed(ILogger logger, string reference, string channel, string exceptionType, string details);
    }
}
