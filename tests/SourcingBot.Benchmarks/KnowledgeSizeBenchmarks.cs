using BenchmarkDotNet.Attributes;
using SourcingBot.Knowledge.Answering;
using SourcingBot.Knowledge.Loading;
using SourcingBot.Knowledge.Model;

namespace SourcingBot.Benchmarks;

/// <summary>How the time per answer grows with the knowledge: the content as it is, and with every entry twice.</summary>
[MemoryDiagnoser]
public class KnowledgeSizeBenchmarks
{
    private QuestionAnswerer _answerer = null!;

    [Params(1, 2)]
    public int EntryCopies { get; set; }

    [Params("what is nearshoring?", "diff between outsourcing n offshoring?", "We're a 40-person fintech in Amsterdam. What are the main risks of moving our back office to Cairo?")]
    public string Question { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var knowledge = KnowledgeLoader.LoadEmbedded().Knowledge!;
        var entries = Enumerable.Range(0, EntryCopies)
            .SelectMany(copy => knowledge.Entries.Select(entry => copy == 0 ? entry : entry with { Id = $"{entry.Id}-copy-{copy}" }))
            .ToArray();
        _answerer = new QuestionAnswerer(new KnowledgeBase(entries, knowledge.Sources, knowledge.Dimensions, knowledge.Strategies, knowledge.Vocabulary));
    }

    [Benchmark]
    public AnswerResult Answer() => _answerer.Answer(Question);
}
