namespace SourcingBot.Channels.Discord.Rest;

// What Discord last said about one bucket: how many requests remain and when it refills.
internal sealed class RateLimitBucket
{
    public int? Remaining { get; set; }

    public DateTimeOffset ResetAt { get; set; }
}
