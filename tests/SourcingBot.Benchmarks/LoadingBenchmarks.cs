using BenchmarkDotNet.Attributes;
using SourcingBot.Knowledge.Answering;
using SourcingBot.Knowledge.Loading;

namespace SourcingBot.Benchmarks;

/// <summary>Start-up work: loading and validating the knowledge, and indexing it for answering.</summary>
[MemoryDiagnoser]
public class LoadingBenchmarks
{
    private IReadOnlyList<KnowledgeFile> _files = [];

    [GlobalSetup]
    public void Setup() => _files = KnowledgeLoader.ReadEmbeddedFiles();

    [Benchmark]
    public KnowledgeLoadResult LoadAndValidate() => KnowledgeLoader.Load(_files);

    [Benchmark]
    public QuestionAnswerer LoadAndIndex() => new(KnowledgeLoader.Load(_files).Knowledge!);
}
