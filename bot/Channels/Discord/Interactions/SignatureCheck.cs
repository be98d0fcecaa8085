namespace SourcingBot.Channels.Discord.Interactions;

internal enum SignatureCheck
{
    Valid,
    NotConfigured,
    Missing,
    Invalid,
    Stale,
}
