using System.ComponentModel.DataAnnotations;

namespace SourcingBot.Insights;

/// <summary>What is kept of questions the bot could not answer well, and for how long (section "Insights").</summary>
internal sealed class InsightsOptions
{
    public const string Section = "Insights";

    /// <summary>Whether recorded questions keep the id of the user who asked (off: no user ids are stored with them).</summary>
    public bool RecordUserIds { get; set; }

    /// <summary>How long recorded questions and usage events are kept before the clean-up deletes them.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(90);
}
