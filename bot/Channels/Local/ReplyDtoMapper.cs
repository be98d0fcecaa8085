using SourcingBot.Conversations.Turns;

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
        reply.Confidence);

    public static string KindName(ReplyKind kind) => kind switch
    {
        ReplyKind.Answer => "answer",
        ReplyKind.Message => "message",
        ReplyKind.DidYouMean => "didYouMean",
        ReplyKind.Decline => "decline",
        ReplyKind.Comparison => "comparison",
        ReplyKind.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static ActionDto ToDto(ReplyAction action) => new(action.Label, action.Value);
}
