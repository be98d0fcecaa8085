using SourcingBot.Conversations.Assessment.Reading;

namespace SourcingBot.Conversations.Tests.Assessment.Reading;

public sealed class StepMatcherTests
{
    [Theory]
    [InlineData("what if our budget were $100k?", "budget", "USD 100,000")]
    [InlineData("change the timeline to 6 months", "start", "6 months")]
    [InlineData("what if we needed daily real-time collaboration", "overlap", "Daily real-time collaboration")]
    [InlineData("make the team 25 people", "team-size", "25 people")]
    [InlineData("we're actually in Chicago", "headquarters", "Chicago (America/Chicago)")]
    [InlineData("actually our HQ is in London", "headquarters", "London (Europe/London)")]
    [InlineData("what if our goals were cost and talent", "goals", "Reduce costs, Access specialised talent")]
    [InlineData("what if it were finance instead", "function", "Finance and accounting")]
    [InlineData("what if we had GDPR data", "data", "Personal data under GDPR (EU)")]
    [InlineData("what if we wanted to own the team", "ownership", "Yes")]
    [InlineData("the company size is 2000 employees", "company-size", "2,000 employees")]
    [InlineData("what if we just wanted to cut costs", "goals", "Reduce costs")]
    public void Match_CorrectionOrWhatIf_FindsStepAndReadsAnswer(string text, string stepId, string display)
    {
        var match = StepMatcher.Match(TestSteps.Definition, text, TestSteps.Today);

        match.Should().NotBeNull();
        match!.Step.Id.Should().Be(stepId);
        match.Result.Answer!.Display.Should().Be(display);
    }

    [Theory]
    [InlineData("change the budget", "budget")]
    [InlineData("let's revisit the team size", "team-size")]
    [InlineData("the deadline", "start")]
    [InlineData("change the cost", "budget")]
    public void Match_StepWithoutValue_ReturnsStepWithNotAnswer(string text, string stepId)
    {
        var match = StepMatcher.Match(TestSteps.Definition, text, TestSteps.Today);

        match!.Step.Id.Should().Be(stepId);
        match.Result.Should().Be(ReadResult.NotAnswer);
    }

    [Fact]
    public void Match_ValueOutOfRange_KeepsTheProblem()
    {
        var match = StepMatcher.Match(TestSteps.Definition, "make the team 250000 people", TestSteps.Today);

        match!.Step.Id.Should().Be("team-size");
        match.Result.Problem.Should().Be("That's more than 100,000 people; what's the number?");
    }

    [Theory]
    [InlineData("what if it were software and it's what sets us apart")]
    [InlineData("what if we needed async work in Berlin")]
    [InlineData("tell me a joke")]
    [InlineData("what if it were 3")]
    [InlineData("")]
    public void Match_AmbiguousOrNothing_IsNull(string text) =>
        StepMatcher.Match(TestSteps.Definition, text, TestSteps.Today).Should().BeNull();

    [Theory]
    [InlineData("change the budget", "budget")]
    [InlineData("go back to the HEADCOUNT", "team-size")]
    [InlineData("what about the kind of work?", "function")]
    [InlineData("I want to fix the team size", "team-size")]
    [InlineData("what if we wanted to own the team", "ownership")]
    public void FindStep_KeywordOrLabel_FindsStep(string text, string stepId) =>
        StepMatcher.FindStep(TestSteps.Definition, text)!.Id.Should().Be(stepId);

    [Theory]
    [InlineData("we're actually in Chicago")]
    [InlineData("talent and flexibility")]
    [InlineData("the budget and the deadline")]
    public void FindStep_NoKeywordOrTie_IsNull(string text) =>
        StepMatcher.FindStep(TestSteps.Definition, text).Should().BeNull();
}
