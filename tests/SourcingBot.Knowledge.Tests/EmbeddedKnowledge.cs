using SourcingBot.Knowledge.Answering;
using SourcingBot.Knowledge.Loading;

namespace SourcingBot.Knowledge.Tests;

/// <summary>The built-in content, loaded once for all tests.</summary>
internal static class EmbeddedKnowledge
{
    private static readonly Lazy<QuestionAnswerer> Instance = new(() =>
    {
        var result = KnowledgeLoader.LoadEmbedded();
        result.Problems.Should().BeEmpty();
        return new QuestionAnswerer(result.Knowledge!);
    });

    public static QuestionAnswerer Answerer => Instance.Value;
}
