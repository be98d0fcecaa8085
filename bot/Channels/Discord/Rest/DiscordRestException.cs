using System.Net;

namespace SourcingBot.Channels.Discord.Rest;

/// <summary>A REST request that Discord refused (or that was refused locally to protect the bot's standing).</summary>
internal sealed class DiscordRestException(HttpStatusCode? status, string message, int? code = null) : Exception(message)
{
    public HttpStatusCode? Status { get; } = status;

    /// <summary>Discord's JSON error code, when the response had one.</summary>
    public int? Code { get; } = code;
}
