using SourcingBot.Knowledge.Loading;

namespace SourcingBot.Knowledge.Tests.Loading;

public sealed class KnowledgeLoaderTests
{
    [Fact]
    public void LoadEmbedded_BuiltInContent_IsValid()
    {
        var result = KnowledgeLoader.LoadEmbedded();

        result.Problems.Should().BeEmpty();
        result.Knowledge!.Entries.Should().HaveCountGreaterThan(40);
        result.Knowledge.Strategies.Should().HaveCount(7);
    }

    [Fact]
    public void Load_Template_IsValidAndResolvesSources()
    {
        var result = KnowledgeLoader.Load(KnowledgeTemplate.Files());

        result.Problems.Should().BeEmpty();
        var entry = result.Knowledge!.FindEntry("define-outsourcing")!;
        entry.Figures.Should().ContainSingle().Which.Source.Publisher.Should().Be("Deloitte");
        entry.AllSources().Select(source => source.Id).Should().BeEquivalentTo("oecd-glossary", "deloitte-2012");
    }

    [Theory]
    [InlineData("id: choose-strategy\n    topic: choose-strategy", "id: define-outsourcing\n    topic: choose-strategy", "entries.yaml: define-outsourcing: duplicate entry id (first defined in entries.yaml)")]
    [InlineData("topic: define-outsourcing", "topic: definitions", "entries.yaml: define-outsourcing: topic \"definitions\" is not in the taxonomy")]
    [InlineData("followUps: [choose-strategy, bot-help]", "followUps: [choose-strategy, no-such-entry]", "entries.yaml: define-outsourcing: followUp \"no-such-entry\" is not an entry id")]
    [InlineData("followUps: [choose-strategy, bot-help]", "followUps: [choose-strategy, define-outsourcing]", "entries.yaml: define-outsourcing: follows up to itself")]
    [InlineData("source: deloitte-2012", "source: nobody", "entries.yaml: define-outsourcing: figures[0] (\"87%\") needs a source id that exists, not \"nobody\"")]
    [InlineData("cost as a goal.", "cost as a goal, saving $46bn.", "entries.yaml: define-outsourcing: the figure \"$46bn\" has no source")]
    [InlineData("sources: [oecd-glossary]\n    followUps: [define-outsourcing, bot-help]", "followUps: [define-outsourcing, bot-help]", "entries.yaml: choose-strategy: cites no source")]
    [InlineData("questions: [help, what can you do, how do i use this]", "questions: [help]", "entries.yaml: bot-help: needs at least 3 questions, has 1")]
    [InlineData("id: bot-help", "id: Bot Help", "entries.yaml: Bot Help: entry id \"Bot Help\" must be lower-case kebab-case")]
    [InlineData("questions: [how do i choose", "questons: [how do i choose", "entries.yaml: line 16, column 5: Property 'questons' not found")]
    public void Load_BrokenEntry_NamesFileEntryAndProblem(string find, string replace, string expected)
    {
        var entries = KnowledgeTemplate.Entries.Replace(find, replace, StringComparison.Ordinal);
        entries.Should().NotBe(KnowledgeTemplate.Entries, "the test must change the template");

        var result = KnowledgeLoader.Load(KnowledgeTemplate.Files(entries: entries));

        result.IsValid.Should().BeFalse();
        result.Knowledge.Should().BeNull();
        result.Problems.Select(problem => problem.ToString()).Should().Contain(problem => problem.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("year: 2012", "year: last year", "sources.yaml: deloitte-2012: year must be a four-digit year or \"n.d.\", not \"last year\"")]
    [InlineData("url: https://example.org/deloitte-2012", "url: example.org", "sources.yaml: deloitte-2012: url must be an absolute http(s) address")]
    [InlineData("publisher: Deloitte\n", "\n", "sources.yaml: deloitte-2012: publisher is missing")]
    public void Load_BrokenSource_NamesFileSourceAndProblem(string find, string replace, string expected)
    {
        var sources = KnowledgeTemplate.Sources.Replace(find, replace, StringComparison.Ordinal);
        sources.Should().NotBe(KnowledgeTemplate.Sources);

        var result = KnowledgeLoader.Load(KnowledgeTemplate.Files(sources: sources));

        result.Problems.Select(problem => problem.ToString()).Should().Contain(problem => problem.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MissingRequiredEntry_IsReported()
    {
        var entries = KnowledgeTemplate.Entries.Replace("id: off-topic-general", "id: off-topic-weather", StringComparison.Ordinal);

        var result = KnowledgeLoader.Load(KnowledgeTemplate.Files(entries: entries));

        result.Problems.Should().Contain(problem => problem.Item == "off-topic-general" && problem.Message.Contains("required", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_SyntaxError_GivesLine()
    {
        var result = KnowledgeLoader.Load([new("broken.yaml", "entries:\n  - id: x\n    questions: [a, b\n")]);

        result.Problems.Should().ContainSingle().Which.ToString().Should().MatchRegex(@"^broken\.yaml: line \d+, column \d+: ");
    }

    [Fact]
    public void LoadFromPath_Folder_ReadsEveryYamlFile()
    {
        var folder = Directory.CreateTempSubdirectory("knowledge-");
        try
        {
            foreach (var file in KnowledgeTemplate.Files())
            {
                File.WriteAllText(Path.Combine(folder.FullName, file.Name), file.Text);
            }

            var result = KnowledgeLoader.LoadFromPath(folder.FullName);

            result.Problems.Should().BeEmpty();
            result.Knowledge!.Entries.Should().HaveCount(4);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void LoadFromPath_Missing_SaysSo()
    {
        var result = KnowledgeLoader.LoadFromPath("/no/such/knowledge");

        result.Problems.Should().ContainSingle().Which.ToString().Should().Be("/no/such/knowledge: no such file or folder");
    }
}
