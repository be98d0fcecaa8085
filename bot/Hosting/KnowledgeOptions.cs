namespace SourcingBot.Hosting;

/// <summary>Where the knowledge content comes from (section "Knowledge").</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>A folder of YAML files or one file; empty for the content built into the bot.</summary>
    public string? Path { get; set; }
}
