namespace SourcingBot.Channels.Discord.Gateway;

/// <summary>How a gateway connection ended and what to do next.</summary>
/// <param name="Resume">Whether the session can be resumed (else a new one is identified).</param>
/// <param name="Delay">A wait Discord asks for (INVALID_SESSION); null for the usual backoff.</param>
/// <param name="Fatal">A close code after which reconnecting cannot help; the client stops.</param>
/// <param name="Healthy">Whether the connection got as far as READY or RESUMED (resets the backoff).</param>
/// <param name="Reason">Why it ended, as the reconnect metric tags it.</param>
internal sealed record ConnectionEnd(bool Resume, TimeSpan? Delay = null, int? Fatal = null, bool Healthy = false, string Reason = "closed");
