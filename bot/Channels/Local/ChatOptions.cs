using System.ComponentModel.DataAnnotations;

namespace SourcingBot.Channels.Local;

/// <summary>Limits of the JSON chat API (section "Chat").</summary>
public sealed class ChatOptions
{
    public const string Section = "Chat";

    /// <summary>The longest message accepted, in characters.</summary>
    [Range(1, 100_000)]
    public int MaxTextLength { get; set; } = 2000;

    /// <summary>The largest request body accepted, in bytes.</summary>
    [Range(256, 10_000_000)]
    public int MaxBodyBytes { get; set; } = 16_384;
}
