using Microsoft.Extensions.Time.Testing;
using SourcingBot.Conversations.Engine;
using SourcingBot.Conversations.Insights;
using SourcingBot.Conversations.State;
using SourcingBot.Conversations.Turns;
using SourcingBot.Knowledge.Loading;

namespace SourcingBot.Conversations.Tests.Engine;

/// <summary>A conversation with the engine over the built-in knowledge and an in-memory store: Send("…") then check the replies.</summary>
internal sealed class ConversationHarness
{
    private static readonly Lazy<LoadedKnowledge> Embedded = new(() => new LoadedKnowledge(KnowledgeLoader.LoadEmbedded().Knowledge!));

    private readonly string _conversationId = $"harness-{Guid.NewGuid():N}";

    public ConversationHarness(IConversationStore? store = null, LoadedKnowledge? knowledge = null, ITurnJournal? journal = null)
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        Store = store ?? new InMemoryConversationStore(new ConversationStoreOptions(), Time);
        Engine = new ConversationEngine(new FixedKnowledge(knowledge ?? Embedded.Value), Store, Time, journal);
    }

    public static LoadedKnowledge Knowledge => Embedded.Value;

    public FakeTimeProvider Time { get; }

    public IConversationStore Store { get; }

    public ConversationEngine Engine { get; }

    public string ConversationId => _conversationId;

    public IReadOnlyList<Reply> Replies { get; private set; } = [];

    public Reply Reply => Replies.Should().ContainSingle().Subject;

    public Reply Last => Replies[^1];

    /// <summary>The step the last reply asks, or null.</summary>
    public string? AskedStep => Last.Prompt?.StepId;

    public async Task<ConversationHarness> Send(string text)
    {
        Replies = (await Engine.HandleAsync(new IncomingTurn("test", _conversationId, "user", text), CancellationToken.None)).Replies;
        return this;
    }

    public async Task<ConversationHarness> Click(ReplyAction action)
    {
        Replies = (await Engine.HandleAsync(
            new IncomingTurn("test", _conversationId, "user", action.Label, action.Value), CancellationToken.None)).Replies;
        return this;
    }

    public Task<ConversationHarness> Click(IReadOnlyDictionary<string, string> value) => Click(new ReplyAction("button", value));

    private sealed class FixedKnowledge(LoadedKnowledge knowledge) : IKnowledgeProvider
    {
        public LoadedKnowledge Current => knowledge;
    }
}
