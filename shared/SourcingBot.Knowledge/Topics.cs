namespace SourcingBot.Knowledge;

/// <summary>The fixed topic taxonomy. The names are part of the API: add, never rename.</summary>
public static class Topics
{
    /// <summary>Questions the bot declines.</summary>
    public const string OffTopic = "off-topic";

    /// <summary>Greetings, thanks and small talk.</summary>
    public const string ChitChat = "chit-chat";

    /// <summary>What the bot can do.</summary>
    public const string BotHelp = "bot-help";

    /// <summary>How to choose a strategy.</summary>
    public const string ChooseStrategy = "choose-strategy";

    /// <summary>Every topic, in the order of the taxonomy.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "define-outsourcing", "define-offshoring", "define-nearshoring", "define-onshoring",
        "define-offshore-outsourcing", "define-captive-centre", "define-bpo", "define-bot-model",
        "define-staff-aug", "define-reshoring", "distinction", "benefits-outsourcing",
        "benefits-offshoring", "risks-outsourcing", "risks-offshoring", "employee-impact", "example",
        "cost", ChooseStrategy, "location", "time-zones", "legal-data", "vendor-selection",
        OffTopic, ChitChat, BotHelp,
    ];

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="topic"/> is in the taxonomy.</summary>
    public static bool IsKnown(string topic) => Known.Contains(topic);

    /// <summary>Whether answers of this topic are about the domain (not small talk, help or a decline).</summary>
    public static bool IsDomain(string topic) => topic is not (OffTopic or ChitChat or BotHelp);
}
