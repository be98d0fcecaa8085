using BenchmarkDotNet.Attributes;
using Microsoft.Bot.Schema;
using SourcingBot.Channels.Teams.Rendering;
using SourcingBot.Conversations.Engine;
using SourcingBot.Conversations.State;
using SourcingBot.Conversations.Turns;
using SourcingBot.Knowledge.Loading;

namespace SourcingBot.Benchmarks;

/// <summary>
/// Rendering the engine's replies as Teams messages (Adaptive Cards, each measured against the message size
/// limit): an answer, a comparison and a recommendation, as the engine produces them.
/// </summary>
[MemoryDiagnoser]
public class TeamsRenderingBenchmarks
{
    // The README's examples of free answers, one per question, then "yes" to the summary.
    private static readonly string[] Assessment =
    [
        "I'd like a recommendation for my company", "1 and 3", "the second one", "2", "yes, we have clear SLAs", "between 30 and 50",
        "a dozen", "£1.2 million", "by next March", "Europe/Lisbon", "a few hours a day", "personal data and GDPR", "no", "yes, eventually", "yes",
    ];

    private readonly RenderContext _context = new("28:5f1c6a0e-7d2b-4c1a-9e3f-0a1b2c3d4e5f", ConversationScope.Personal, 27_648);
    private Reply _answer = null!;
    private Reply _comparison = null!;
    private Reply _recommendation = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var knowledge = new LoadedKnowledge(KnowledgeLoader.LoadEmbedded().Knowledge!);
        var engine = new ConversationEngine(new FixedKnowledge(knowledge), new InMemoryConversationStore(new ConversationStoreOptions(), TimeProvider.System), TimeProvider.System);
        _answer = (await SayAsync(engine, "answer", "what are the risks of offshoring?")).First(reply => reply.Kind == ReplyKind.Answer);
        _comparison = (await SayAsync(engine, "comparison", "compare nearshore outsourcing and a captive centre")).First(reply => reply.Kind == ReplyKind.Comparison);
        IReadOnlyList<Reply> replies = [];
        foreach (var text in Assessment)
        {
            replies = await SayAsync(engine, "assessment", text);
        }

        _recommendation = replies.First(reply => reply.Kind == ReplyKind.Recommendation);
    }

    [Benchmark]
    public IReadOnlyList<Activity> Answer() => TeamsReplyRenderer.Render([_answer], _context);

    [Benchmark]
    public IReadOnlyList<Activity> Comparison() => TeamsReplyRenderer.Render([_comparison], _context);

    [Benchmark]
    public IReadOnlyList<Activity> Recommendation() => TeamsReplyRenderer.Render([_recommendation], _context);

    private static async Task<IReadOnlyList<Reply>> SayAsync(ConversationEngine engine, string conversation, string text) =>
        (await engine.HandleAsync(new IncomingTurn("bench", conversation, "bench", text), CancellationToken.None)).Replies;

    private sealed class FixedKnowledge(LoadedKnowledge knowledge) : IKnowledgeProvider
    {
        public LoadedKnowledge Current => knowledge;
    }
}
