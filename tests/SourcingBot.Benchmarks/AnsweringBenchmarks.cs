using BenchmarkDotNet.Attributes;
using SourcingBot.Conversations.Engine;
using SourcingBot.Conversations.State;
using SourcingBot.Conversations.Turns;
using SourcingBot.Knowledge.Answering;
using SourcingBot.Knowledge.Loading;

namespace SourcingBot.Benchmarks;

/// <summary>Answering a question: retrieval alone, and a whole turn through the engine.</summary>
[MemoryDiagnoser]
public class AnsweringBenchmarks
{
    private QuestionAnswerer _answerer = null!;
    private ConversationEngine _engine = null!;

    [Params("what is nearshoring?", "diff between outsourcing n offshoring?", "We're a 40-person fintech in Amsterdam. What are the main risks of moving our back office to Cairo?")]
    public string Question { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var knowledge = new LoadedKnowledge(KnowledgeLoader.LoadEmbedded().Knowledge!);
        _answerer = knowledge.Answerer;
        _engine = new ConversationEngine(new FixedKnowledge(knowledge), new InMemoryConversationStore(new ConversationStoreOptions(), TimeProvider.System), TimeProvider.System);
    }

    [Benchmark]
    public AnswerResult Answer() => _answerer.Answer(Question);

    [Benchmark]
    public async Task<TurnResult> Turn() =>
        await _engine.HandleAsync(new IncomingTurn("bench", "bench", "bench", Question), CancellationToken.None);
}
