using SourcingBot.Conversations.Engine;
using SourcingBot.Conversations.Turns;
using SourcingBot.Knowledge.Answering;
using SourcingBot.Knowledge.Loading;

namespace SourcingBot.Conversations.Tests.Engine;

/// <summary>A conversation with the engine over the built-in knowledge: Send("…") then check the replies.</summary>
internal sealed class ConversationHarness
{
    private static readonly Lazy<QuestionAnswerer> Answerer = new(() => new QuestionAnswerer(KnowledgeLoader.LoadEmbedded().Knowledge!));

    private readonly ConversationEngine _engine = new(new FixedKnowledge(Answerer.Value));
    private readonly string _conversationId = $"harness-{Guid.NewGuid():N}";

    public IReadOnlyList<Reply> Replies { get; private set; } = [];

    public Reply Reply => Replies.Should().ContainSingle().Subject;

    public async Task<ConversationHarness> Send(string text)
    {
        Replies = (await _engine.HandleAsync(new IncomingTurn("test", _conversationId, "user", text), CancellationToken.None)).Replies;
        return this;
    }

    public async Task<ConversationHarness> Click(ReplyAction action)
    {
        Replies = (await _engine.HandleAsync(
            new IncomingTurn("test", _conversationId, "user", action.Label, action.Value), CancellationToken.None)).Replies;
        return this;
    }

    private sealed class FixedKnowledge(QuestionAnswerer answerer) : IKnowledgeProvider
    {
        public QuestionAnswerer Answerer => answerer;
    }
}
