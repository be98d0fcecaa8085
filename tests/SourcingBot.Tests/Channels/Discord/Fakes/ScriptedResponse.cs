namespace SourcingBot.Tests.Channels.Discord.Fakes;

/// <summary>An answer the fake gives instead of its usual one, to the next request that matches.</summary>
public sealed record ScriptedResponse(
    Func<RecordedRequest, bool> Matches,
    int Status,
    string? Body = null,
    IReadOnlyDictionary<string, string>? Headers = null);
