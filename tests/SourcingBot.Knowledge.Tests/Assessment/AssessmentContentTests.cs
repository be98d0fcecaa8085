using System.Text.RegularExpressions;
using SourcingBot.Knowledge.Assessment;
using SourcingBot.Knowledge.Recommending;
using SourcingBot.Knowledge.Tests.Evaluation;
using SourcingBot.Knowledge.Tests.Recommending;

namespace SourcingBot.Knowledge.Tests.Assessment;

public sealed partial class AssessmentContentTests
{
    private static AssessmentDefinition Definition => EmbeddedRecommender.Knowledge.Assessment;

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonWord();

    [Fact]
    public void LoadEmbedded_Assessment_HasThirteenStepsInOrder()
    {
        Definition.IsEmpty.Should().BeFalse();
        Definition.Steps.Select(step => step.Id).Should().Equal(
            "goals", "function", "coreness", "requirements", "team-size", "company-size", "budget", "start",
            "headquarters", "overlap", "data", "presence-abroad", "ownership");
        Definition.Intro.Should().Contain("13").And.Contain("why").And.Contain("forget me");
        Definition.Triggers.Should().Contain(["recommend", "recommendation", "assessment", "help me decide"]);
    }

    [Theory]
    [InlineData("goals", ProfileField.Goals, StepKind.MultipleChoice, false)]
    [InlineData("function", ProfileField.Function, StepKind.SingleChoice, false)]
    [InlineData("coreness", ProfileField.Coreness, StepKind.SingleChoice, false)]
    [InlineData("requirements", ProfileField.RequirementsSpecified, StepKind.YesNo, true)]
    [InlineData("team-size", ProfileField.TeamSize, StepKind.Number, true)]
    [InlineData("company-size", ProfileField.CompanySize, StepKind.Number, true)]
    [InlineData("budget", ProfileField.AnnualBudget, StepKind.Money, true)]
    [InlineData("start", ProfileField.StartWithin, StepKind.Duration, true)]
    [InlineData("headquarters", ProfileField.HeadquartersTimeZone, StepKind.TimeZone, true)]
    [InlineData("overlap", ProfileField.OverlapNeeded, StepKind.SingleChoice, false)]
    [InlineData("data", ProfileField.DataSensitivity, StepKind.MultipleChoice, true)]
    [InlineData("presence-abroad", ProfileField.PresenceAbroad, StepKind.YesNo, true)]
    [InlineData("ownership", ProfileField.WantsOwnership, StepKind.YesNo, true)]
    public void LoadEmbedded_Step_HasFieldKindAndGrounding(string id, ProfileField field, StepKind kind, bool optional)
    {
        var step = Definition.FindStep(id)!;

        step.Field.Should().Be(field);
        step.Kind.Should().Be(kind);
        step.Optional.Should().Be(optional);
        step.Label.Should().NotBeEmpty();
        step.Prompt.Should().NotBeEmpty();
        step.Why.Should().NotBeEmpty();
        step.Expected.Should().NotBeEmpty();
        step.Example.Should().NotBeNullOrEmpty();
        step.Keywords.Should().NotBeEmpty();
        step.SourceIds.Should().NotBeEmpty().And.OnlyContain(source => EmbeddedRecommender.Knowledge.Sources.Any(s => s.Id == source));
        step.EntryIds.Should().NotBeEmpty().And.OnlyContain(entry => EmbeddedRecommender.Knowledge.FindEntry(entry) != null);
    }

    [Fact]
    public void LoadEmbedded_NumberSteps_HaveUnitsAndRanges()
    {
        var team = Definition.FindStep("team-size")!;
        var company = Definition.FindStep("company-size")!;

        (team.Unit, team.Minimum, team.Maximum).Should().Be(("people", 1m, 100000m));
        (company.Unit, company.Minimum, company.Maximum).Should().Be(("employees", 1m, 5000000m));
    }

    [Fact]
    public void LoadEmbedded_ChoiceOptions_EachMapToTheirEnum()
    {
        ShouldOfferEvery<SourcingGoal>("goals");
        ShouldOfferEvery<BusinessFunction>("function");
        ShouldOfferEvery<Coreness>("coreness");
        ShouldOfferEvery<OverlapNeed>("overlap");
        ShouldOfferEvery<DataSensitivity>("data");
        Definition.FindStep("data")!.FindOption("none")!.Exclusive.Should().BeTrue();
        Definition.FindStep("goals")!.FindOption("reduce-costs")!.Synonyms.Should().Contain(["cheaper", "save money"]);
        Definition.FindStep("function")!.FindOption("software-development")!.Synonyms.Should().Contain(["it department", "developers"]);
    }

    [Fact]
    public void LoadEmbedded_Keywords_AreUniqueAcrossSteps()
    {
        var keywords = Definition.Steps.SelectMany(step => step.Keywords).ToArray();

        keywords.Should().OnlyHaveUniqueItems();
        Definition.FindStep("budget")!.Keywords.Should().Contain(["budget", "cost", "spend", "money"]);
        Definition.FindStep("start")!.Keywords.Should().Contain(["timeline", "deadline", "how soon"]);
    }

    [Fact]
    public void Triggers_DefinitionQuestionsOfTheEvaluationSet_DoNotStartTheAssessment()
    {
        var triggers = Definition.Triggers.Select(Words).ToArray();
        var definitionQuestions = EvaluationSet.All
            .Where(question => question.Topic.StartsWith("define-", StringComparison.Ordinal) || question.Topic == "distinction");

        definitionQuestions.Where(question => triggers.Any(trigger => Words(question.Text).Contains(trigger, StringComparison.Ordinal)))
            .Should().BeEmpty();
    }

    private static string Words(string text) => $" {NonWord().Replace(text.ToLowerInvariant(), " ").Trim()} ";

    private static void ShouldOfferEvery<TEnum>(string stepId)
        where TEnum : struct, Enum
    {
        var options = Definition.FindStep(stepId)!.Options;
        options.Select(option => ProfileBuilder.ParseOption<TEnum>(option.Value)).Should().NotContainNulls();
        options.Select(option => ProfileBuilder.ParseOption<TEnum>(option.Value)!.Value)
            .Should().BeEquivalentTo(Enum.GetValues<TEnum>(), because: $"step {stepId} offers every {typeof(TEnum).Name}");
        options.Should().OnlyContain(option => option.Label.Length > 0 && option.Label.Length <= 80);
    }
}
