using SourcingBot.Conversations.Turns;
using SourcingBot.Knowledge.Assessment;

namespace SourcingBot.Channels.Local;

// Channel-neutral replies to the JSON API's wire shape.
internal static class ReplyDtoMapper
{
    public static ReplyDto ToDto(this Reply reply) => new(
        KindName(reply.Kind),
        reply.Title,
        reply.Text,
        reply.Sections.Select(section => new SectionDto(section.Heading, section.Text)).ToArray(),
        reply.Table is null ? null : new TableDto(reply.Table.Caption, reply.Table.Columns, reply.Table.Rows),
        reply.Choices.Select(ToDto).ToArray(),
        reply.Suggestions.Select(ToDto).ToArray(),
        reply.Sources.Select(source => new SourceDto(source.Publisher, source.Title, source.Year, source.Url.AbsoluteUri, source.Caveat)).ToArray(),
        reply.Topic,
        reply.Confidence,
        reply.Prompt is null ? null : ToDto(reply.Prompt),
        reply.CopyText);

    public static string KindName(ReplyKind kind) => kind switch
    {
        ReplyKind.Answer => "answer",
        ReplyKind.Message => "message",
        ReplyKind.DidYouMean => "didYouMean",
        ReplyKind.Decline => "decline",
        ReplyKind.Comparison => "comparison",
        ReplyKind.Question => "question",
        ReplyKind.Summary => "summary",
        ReplyKind.Recommendation => "recommendation",
        ReplyKind.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static ActionDto ToDto(ReplyAction action) => new(action.Label, action.Value);

    private static PromptDto ToDto(ReplyPrompt prompt) => new(
        prompt.StepId,
        StepKindName(prompt.Kind),
        prompt.MultiSelect,
        prompt.Options.Select(ToDto).ToArray(),
        prompt.Example,
        prompt.Position,
        prompt.Count,
        prompt.CanSkip,
        prompt.CanGoBack);

    // camelCase, as the assessment content writes kinds.
    private static string StepKindName(StepKind kind)
    {
        var name = kind.ToString();
        return string.Concat(char.ToLowerInvariant(name[0]).ToString(), name[1..]);
    }
}
