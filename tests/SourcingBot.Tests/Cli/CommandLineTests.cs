using System.Text.Json.Nodes;
using SourcingBot.Cli;

namespace SourcingBot.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Ask_Question_PrintsAnswerWithSources()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync(["ask", "what is offshoring?"]);

        exitCode.Should().Be(0);
        output.Should().ContainEquivalentOf("offshoring").And.Contain("Sources:").And.Contain("http");
    }

    [Fact]
    public async Task Ask_Json_PrintsTopicConfidenceTextAndSources()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync(["ask", "what is offshoring?", "--json"]);

        exitCode.Should().Be(0);
        var json = JsonNode.Parse(output)!;
        json["topic"]!.GetValue<string>().Should().Be("define-offshoring");
        json["confidence"]!.GetValue<double>().Should().BeGreaterThan(0.5);
        json["text"]!.GetValue<string>().Should().NotBeEmpty();
        json["sources"]!.AsArray().Should().NotBeEmpty();
    }

    [Fact]
    public async Task Ask_ConfigurationArgument_UsesThatKnowledge()
    {
        var folder = WriteKnowledge(valid: true);

        var (exitCode, output, _) = await CliRunner.RunAsync(["ask", "what is outsourcing", "--json", $"--Knowledge:Path={folder}"]);

        exitCode.Should().Be(0);
        JsonNode.Parse(output)!["text"]!.GetValue<string>().Should().Be("Test knowledge: outsourcing means contracting an outside provider.");
    }

    [Fact]
    public async Task KnowledgeValidate_BuiltIn_IsValid()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync(["knowledge", "validate"]);

        exitCode.Should().Be(0);
        output.Should().StartWith("built-in content: valid");
    }

    [Fact]
    public async Task KnowledgeValidate_BrokenFile_ListsProblemsAndExits1()
    {
        var folder = WriteKnowledge(valid: false);

        var (exitCode, _, error) = await CliRunner.RunAsync(["knowledge", "validate", folder]);

        exitCode.Should().Be(1);
        error.Should().Contain($"{Path.Combine(folder, "entries.yaml")}: define-outsourcing: followUp \"nowhere\" is not an entry id");
        error.Should().Contain("1 problem(s) found");
    }

    [Fact]
    public async Task UnknownSubcommand_PrintsUsageAndFails()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(["frobnicate"]);

        exitCode.Should().NotBe(0);
        (output + error).Should().Contain("frobnicate").And.Contain("Usage");
    }

    [Fact]
    public async Task Chat_ScriptedInput_AnswersAndNumberPicksASuggestion()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("what is nearshoring\n1\nexit\n", "--Storage:Provider", "Memory", "chat");

        exitCode.Should().Be(0);
        var answers = output.Split("> ", StringSplitOptions.RemoveEmptyEntries);
        answers.Should().HaveCountGreaterThanOrEqualTo(3);
        answers[1].Should().ContainEquivalentOf("nearshor").And.Contain("You could also ask:").And.Contain("  1. ");
        var firstSuggestion = answers[1].Split('\n').First(line => line.StartsWith("  1. ", StringComparison.Ordinal))[5..].Trim();
        answers[2].Should().StartWith(firstSuggestion);
    }

    [Fact]
    public async Task Chat_Assessment_RunsToARecommendationWithNumbersPickingOptions()
    {
        var database = Path.Combine(Path.GetTempPath(), $"sourcingbot-cli-{Guid.NewGuid():N}.db");
        const string Script = "recommend\ncost and talent\n2\na support function\nyes\nabout forty people\n250\n$250k a year\n"
            + "within 3 months\nBerlin\nasynchronous\nnone\nno\nno\nyes\nexit\n";
        try
        {
            var (exitCode, output, _) = await CliRunner.RunAsync(Script, "--Storage:SqlitePath", database, "chat");

            exitCode.Should().Be(0);
            output.Should().Contain("Question 1 of 13").And.Contain("Question 13 of 13");
            output.Should().Contain("Noted: Software development and IT.", "typing 2 picks the second option");
            output.Should().Contain("Your answers").And.Contain("Recommended: ").And.Contain("# Sourcing recommendation");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(database) + "*"))
            {
                File.Delete(file);
            }
        }
    }

    [Theory]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5000" }, false)]
    [InlineData(new[] { "--Knowledge:Path=x" }, false)]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "ask", "hi" }, true)]
    [InlineData(new[] { "--Knowledge:Path", "x", "knowledge", "validate" }, true)]
    [InlineData(new[] { "--help" }, true)]
    [InlineData(new[] { "nonsense" }, true)]
    public void IsSubcommand_TellsServerFromCommand(string[] args, bool expected) =>
        CommandLine.IsSubcommand(args).Should().Be(expected);

    private static string WriteKnowledge(bool valid)
    {
        var folder = Directory.CreateTempSubdirectory("cli-knowledge-").FullName;
        File.WriteAllText(Path.Combine(folder, "sources.yaml"), """
            sources:
              - id: oecd-glossary
                publisher: OECD
                title: Glossary of Statistical Terms
                year: n.d.
                url: https://stats.oecd.org/glossary/detail.asp?ID=4950
            """);
        File.WriteAllText(Path.Combine(folder, "entries.yaml"), $$"""
            entries:
              - id: define-outsourcing
                topic: define-outsourcing
                title: What is outsourcing?
                questions: [what is outsourcing, define outsourcing, outsourcing meaning]
                answer: "Test knowledge: outsourcing means contracting an outside provider."
                sources: [oecd-glossary]
                followUps: [choose-strategy, {{(valid ? "bot-help" : "nowhere")}}]
              - id: choose-strategy
                topic: choose-strategy
                title: How do I choose?
                questions: [how do i choose, which should we pick, what should we do]
                answer: It depends on your objectives.
                sources: [oecd-glossary]
                followUps: [define-outsourcing, bot-help]
              - id: bot-help
                topic: bot-help
                title: What can you do?
                questions: [help, what can you do, how do i use this]
                answer: I answer questions about outsourcing.
                followUps: [define-outsourcing, choose-strategy]
              - id: off-topic-general
                topic: off-topic
                title: Off topic
                questions: [weather today, tell me a joke, recipe for cake]
                answer: I can only help with sourcing questions.
                followUps: [define-outsourcing, bot-help]
            """);
        return folder;
    }
}
