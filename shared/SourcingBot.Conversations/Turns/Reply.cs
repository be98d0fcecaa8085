namespace SourcingBot.Conversations.Turns;

/// <summary>One message from the bot, independent of the channel that renders it.</summary>
public sealed record Reply
{
    /// <summary>What the reply is.</summary>
    public required ReplyKind Kind { get; init; }

    /// <summary>A heading, if the reply has one.</summary>
    public string? Title { get; init; }

    /// <summary>The text in light Markdown (bold, italic, lists, links).</summary>
    public required string Text { get; init; }

    /// <summary>Headed paragraphs under the text.</summary>
    public IReadOnlyList<ReplySection> Sections { get; init; } = [];

    /// <summary>A table of figures or a comparison, if any.</summary>
    public ReplyTable? Table { get; init; }

    /// <summary>Buttons that answer the bot's question ("did you mean", assessment options).</summary>
    public IReadOnlyList<ReplyAction> Choices { get; init; } = [];

    /// <summary>Follow-up suggestions: what to ask next.</summary>
    public IReadOnlyList<ReplyAction> Suggestions { get; init; } = [];

    /// <summary>The sources of what the reply says.</summary>
    public IReadOnlyList<Citation> Sources { get; init; } = [];

    /// <summary>The assessment question this reply asks, for channels that render inputs; null otherwise.</summary>
    public ReplyPrompt? Prompt { get; init; }

    /// <summary>Text meant to be copied as it is (a Markdown summary), if any.</summary>
    public string? CopyText { get; init; }

    /// <summary>For answers, the topic answered.</summary>
    public string? Topic { get; init; }

    /// <summary>For answers, the calibrated confidence from 0 to 1.</summary>
    public double? Confidence { get; init; }
}
