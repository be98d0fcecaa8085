namespace SourcingBot.Hosting;

/// <summary>Where the knowledge content comes from (section "Knowledge").</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>A folder of YAML files or one file; empty for the content built into the bot.</summary>
    public string? Path { get; set; }

    /// <summary>Whether edits under <see cref="Path"/> go live without a restart (valid edits only).</summary>
    public bool WatchForChanges { get; set; } = true;

    /// <summary>How long to wait after the last change before reloading, so a save in several writes loads once.</summary>
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}
