namespace SourcingBot.Knowledge;

/// <summary>Entries the conversation engine relies on; loading requires them.</summary>
public static class WellKnownEntries
{
    /// <summary>What the bot can do.</summary>
    public const string Help = "bot-help";

    /// <summary>The general polite decline for questions outside the bot's scope.</summary>
    public const string GeneralDecline = "off-topic-general";

    /// <summary>How to choose a strategy: the way forward offered after every answer.</summary>
    public const string ChooseStrategy = "choose-strategy";

    /// <summary>All of them.</summary>
    public static IReadOnlyList<string> All { get; } = [Help, GeneralDecline, ChooseStrategy];
}
