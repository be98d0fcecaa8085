using System.ComponentModel.DataAnnotations;

namespace SourcingBot.Channels.Discord;

/// <summary>The Discord application and how the bot talks to Discord (section "Discord").</summary>
public sealed class DiscordOptions
{
    public const string Section = "Discord";

    /// <summary>The application's public key (64 hex characters) that signs interactions; empty turns the endpoint off.</summary>
    [RegularExpression("^([0-9a-fA-F]{64})?$", ErrorMessage = "Discord:PublicKey must be the application's public key: 64 hexadecimal characters.")]
    public string PublicKey { get; set; } = string.Empty;

    /// <summary>The application id (a snowflake), for interaction webhooks and command registration.</summary>
    [RegularExpression("^([0-9]{1,20})?$", ErrorMessage = "Discord:ApplicationId must be the application's numeric id.")]
    public string ApplicationId { get; set; } = string.Empty;

    /// <summary>The bot token, for the REST API and the gateway. Keep it out of files under version control.</summary>
    public string BotToken { get; set; } = string.Empty;

    /// <summary>The REST API's base address, API version included.</summary>
    [Required]
    [Url]
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>The address named in the User-Agent header (<c>DiscordBot (url, version)</c>).</summary>
    [Required]
    [Url]
    public string UserAgentUrl { get; set; } = "https://github.com/sourcingbot/sourcingbot";

    /// <summary>How long an interaction may take before it is deferred (Discord waits 3 seconds for the first response).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:02.800")]
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The largest interaction body accepted, in bytes.</summary>
    [Range(1024, 10_000_000)]
    public int MaxBodyBytes { get; set; } = 262_144;

    /// <summary>The longest text accepted from a user (a question, a modal answer or a message), in characters.</summary>
    [Range(1, 4000)]
    public int MaxTextLength { get; set; } = 2000;

    /// <summary>The REST client's retries of transient failures.</summary>
    public DiscordRestOptions Rest { get; set; } = new();

    /// <summary>The gateway connection that receives mentions and direct messages.</summary>
    public DiscordGatewayOptions Gateway { get; set; } = new();
}
