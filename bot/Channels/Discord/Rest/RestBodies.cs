namespace SourcingBot.Channels.Discord.Rest;

// Bodies Discord answers with: a 429's wait (seconds, fractional) and an error's code and message.
internal sealed record RateLimitBody(string? Message, double? RetryAfter, bool? Global, int? Code);

internal sealed record ErrorBody(int? Code, string? Message);
