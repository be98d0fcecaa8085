using SourcingBot.Knowledge.Assessment;
using SourcingBot.Knowledge.Loading;
using SourcingBot.Knowledge.Recommending;
using SourcingBot.Knowledge.Tests.Loading;

namespace SourcingBot.Knowledge.Tests.Assessment;

public sealed class AssessmentCompilerTests
{
    private const string File = "assessment.yaml";

    // A small, valid assessment over the template's entries and sources that tests break one rule at a time.
    private const string Valid = """
        assessment:
          intro: Let's find your strategy.
          triggers: [recommend, help me decide]
          steps:
            - id: goals
              kind: multipleChoice
              field: goals
              label: Goals
              prompt: What do you want to achieve?
              why: Goals decide which strategies fit.
              expected: one or more goals
              options:
                - { value: reduce-costs, label: Reduce costs, synonyms: [cost, cheaper] }
                - { value: focus-on-core, label: Focus on core }
                - { value: access-talent, label: Access talent }
                - { value: expand-markets, label: Expand markets }
                - { value: round-the-clock, label: Round the clock }
                - { value: scale-flexibly, label: Scale flexibly }
                - { value: keep-control, label: Keep control }
              keywords: [goals]
              entries: [choose-strategy]
              sources: [oecd-glossary, deloitte-2012]
            - id: team-size
              kind: number
              field: teamSize
              label: Team size
              prompt: How many people?
              why: Volume decides whether a centre of your own pays off.
              expected: a number of people
              optional: true
              unit: people
              minimum: 1
              maximum: 100000
              keywords: [team, seats]
              sources: [deloitte-2012]
            - id: data
              kind: multipleChoice
              field: dataSensitivity
              label: Sensitive data
              prompt: Does the work involve sensitive data?
              why: Regulated data makes every transfer a legal question.
              expected: none, or kinds of data
              options:
                - { value: none, label: None, exclusive: true }
                - { value: personal-data, label: Personal data }
                - { value: gdpr, label: GDPR }
                - { value: hipaa, label: HIPAA }
                - { value: financial, label: Financial }
              keywords: [data]
              sources: [oecd-glossary]
            - id: notes
              kind: freeText
              label: Notes
              prompt: Anything else?
              why: It goes into the summary.
              expected: any text
        """;

    [Fact]
    public void Load_ValidAssessment_BuildsEveryStep()
    {
        var result = Load(Valid);

        result.Problems.Should().BeEmpty();
        var assessment = result.Knowledge!.Assessment;
        assessment.Intro.Should().Be("Let's find your strategy.");
        assessment.Triggers.Should().Equal("recommend", "help me decide");
        assessment.Steps.Select(step => (step.Id, step.Kind, step.Field)).Should().Equal(
            ("goals", StepKind.MultipleChoice, ProfileField.Goals),
            ("team-size", StepKind.Number, ProfileField.TeamSize),
            ("data", StepKind.MultipleChoice, ProfileField.DataSensitivity),
            ("notes", StepKind.FreeText, (ProfileField?)null));
        assessment.FindStep("goals")!.FindOption("reduce-costs")!.Synonyms.Should().Equal("cost", "cheaper");
        assessment.FindStep("goals")!.SourceIds.Should().Equal("oecd-glossary", "deloitte-2012");
        assessment.FindStep("team-size")!.Should().Match<AssessmentStep>(step =>
            step.Optional && step.Unit == "people" && step.Minimum == 1 && step.Maximum == 100000);
    }

    [Fact]
    public void Load_ContentWithoutAssessment_HasTheEmptyAssessment()
    {
        var result = KnowledgeLoader.Load(KnowledgeTemplate.Files());

        result.Problems.Should().BeEmpty();
        result.Knowledge!.Assessment.Should().BeSameAs(AssessmentDefinition.Empty);
    }

    [Fact]
    public void Load_TwoAssessmentSections_RejectsTheSecond()
    {
        var result = KnowledgeLoader.Load([.. KnowledgeTemplate.Files(), new(File, Valid), new("more.yaml", Valid)]);

        result.IsValid.Should().BeFalse();
        result.Problems.Select(p => p.ToString()).Should().Contain(
            "more.yaml: assessment: there can be only one assessment section (already defined in assessment.yaml)");
    }

    [Fact]
    public void Load_UnknownStepField_IsASyntaxProblemWithItsLine()
    {
        var result = Load(Break("unit: people", "unit: people\n      colour: blue"));

        result.IsValid.Should().BeFalse();
        result.Problems.Should().ContainSingle().Which.ToString().Should()
            .MatchRegex(@"^assessment\.yaml: line \d+, column \d+: ").And.Contain("Property 'colour' not found");
    }

    [Theory]
    [InlineData("  intro: Let's find your strategy.\n", "", "assessment.yaml: assessment: intro is missing")]
    [InlineData("triggers: [recommend, help me decide]", "triggers: [recommend, '']", "assessment.yaml: assessment: triggers[1] is empty")]
    [InlineData("- id: team-size", "- id: Team Size", "assessment.yaml: Team Size: step id \"Team Size\" must be lower-case kebab-case")]
    [InlineData("- id: notes", "- id: goals", "assessment.yaml: goals: duplicate step id (first defined in assessment.yaml)")]
    [InlineData("kind: number", "kind: integer", "assessment.yaml: team-size: kind \"integer\" is not one of singleChoice, multipleChoice, yesNo, number")]
    [InlineData("field: teamSize", "field: seats", "assessment.yaml: team-size: field \"seats\" is not one of goals, function, coreness")]
    [InlineData("kind: freeText", "kind: number\n      field: teamSize", "assessment.yaml: notes: field teamSize is already filled by step \"team-size\"")]
    [InlineData("kind: number", "kind: percentage", "assessment.yaml: team-size: kind percentage does not fit field teamSize (use number)")]
    [InlineData("kind: multipleChoice\n      field: goals", "kind: singleChoice\n      field: goals", "assessment.yaml: goals: kind singleChoice does not fit field goals (use multipleChoice)")]
    [InlineData("kind: freeText", "kind: singleChoice\n      options: [{ value: yes, label: Yes }]", "assessment.yaml: notes: a choice step needs at least two options, has 1")]
    [InlineData("unit: people", "unit: people\n      options: [{ value: a, label: A }, { value: b, label: B }]", "assessment.yaml: team-size: options only apply to singleChoice and multipleChoice steps")]
    [InlineData("value: keep-control", "value: keep-it-safe", "assessment.yaml: goals: options[6]: \"keep-it-safe\" is not a value of goals (reduce-costs, focus-on-core,")]
    [InlineData("        - { value: keep-control, label: Keep control }\n", "", "assessment.yaml: goals: options must offer every value of the field; missing: keep-control")]
    [InlineData("value: focus-on-core", "value: reduce-costs", "assessment.yaml: goals: options[1]: value \"reduce-costs\" is listed twice")]
    [InlineData("value: reduce-costs", "value: Reduce Costs", "assessment.yaml: goals: options[0]: value \"Reduce Costs\" must be lower-case kebab-case")]
    [InlineData("label: Keep control }", "label: 'Keep control of our intellectual property, our processes, our quality and all the know-how' }", "assessment.yaml: goals: options[6].label is longer than 80 characters")]
    [InlineData("label: Focus on core }", "label: '' }", "assessment.yaml: goals: options[1].label is missing")]
    [InlineData("{ value: none, label: None, exclusive: true }", "{ value: none, label: None }", "assessment.yaml: data: option \"none\" must be exclusive")]
    [InlineData("{ value: none, label: None, exclusive: true }", "{ value: none, label: None, exclusive: always }", "assessment.yaml: data: options[0].exclusive must be true or false, not \"always\"")]
    [InlineData("      label: Team size\n", "", "assessment.yaml: team-size: label is missing")]
    [InlineData("      prompt: How many people?\n", "", "assessment.yaml: team-size: prompt is missing")]
    [InlineData("      why: Volume decides whether a centre of your own pays off.\n", "", "assessment.yaml: team-size: why is missing")]
    [InlineData("      expected: a number of people\n", "", "assessment.yaml: team-size: expected is missing")]
    [InlineData("why: Goals decide which strategies fit.", "why: Goals decide which strategies fit; 87% of firms want lower costs.", "assessment.yaml: goals: why: the figure \"87%\" has no source")]
    [InlineData("optional: true", "optional: maybe", "assessment.yaml: team-size: optional must be true or false, not \"maybe\"")]
    [InlineData("minimum: 1", "minimum: 200000", "assessment.yaml: team-size: minimum 200000 is greater than maximum 100000")]
    [InlineData("minimum: 1", "minimum: one", "assessment.yaml: team-size: minimum \"one\" is not a number")]
    [InlineData("expected: any text", "expected: any text\n      maximum: 10", "assessment.yaml: notes: minimum and maximum only apply to number and percentage steps")]
    [InlineData("entries: [choose-strategy]", "entries: [choose-nothing]", "assessment.yaml: goals: entry \"choose-nothing\" is not an entry id")]
    [InlineData("sources: [deloitte-2012]", "sources: [tpi-2099]", "assessment.yaml: team-size: source \"tpi-2099\" is not a source id")]
    [InlineData("      sources: [deloitte-2012]\n", "", "assessment.yaml: team-size: cites no source: add at least one to sources")]
    [InlineData("keywords: [team, seats]", "keywords: [team, Goals]", "assessment.yaml: team-size: keyword \"goals\" is already used by step \"goals\"")]
    public void Load_BrokenAssessment_NamesFileStepAndProblem(string find, string replace, string expected)
    {
        var result = Load(Break(find, replace));

        result.IsValid.Should().BeFalse();
        result.Knowledge.Should().BeNull();
        result.Problems.Select(p => p.ToString()).Should().Contain(p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_AssessmentWithoutSteps_IsRejected()
    {
        var result = Load("assessment:\n  intro: Hello.\n");

        result.Problems.Select(p => p.ToString()).Should().Contain("assessment.yaml: assessment: steps needs at least one step");
    }

    [Fact]
    public void LoadEmbedded_WithoutTheAssessmentFile_StillLoadsWithAnEmptyAssessment()
    {
        var files = KnowledgeLoader.ReadEmbeddedFiles().Where(file => file.Name != File).ToArray();

        var result = KnowledgeLoader.Load(files);

        result.Problems.Should().BeEmpty();
        result.Knowledge!.Assessment.IsEmpty.Should().BeTrue();
    }

    private static KnowledgeLoadResult Load(string assessment) =>
        KnowledgeLoader.Load([.. KnowledgeTemplate.Files(), new(File, assessment)]);

    // Replaces the first occurrence only, so that a line the steps share can be broken in one step.
    private static string Break(string find, string replace)
    {
        var index = Valid.IndexOf(find, StringComparison.Ordinal);
        index.Should().BeGreaterThanOrEqualTo(0, "the test must change the assessment");
        return string.Concat(Valid.AsSpan(0, index), replace, Valid.AsSpan(index + find.Length));
    }
}
