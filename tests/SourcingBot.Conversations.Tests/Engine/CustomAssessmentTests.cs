using SourcingBot.Conversations.Engine;
using SourcingBot.Conversations.Turns;
using SourcingBot.Knowledge.Loading;

namespace SourcingBot.Conversations.Tests.Engine;

// The engine runs whatever assessment the content defines: here one with a percentage and a free-text
// step that fill no profile answer, over the built-in strategies and rules.
public sealed class CustomAssessmentTests
{
    private const string Assessment = """
        assessment:
          intro: A two-question check.
          triggers: [recommend]
          steps:
            - id: remote-share
              kind: percentage
              label: Remote share
              prompt: What share of the work could be done remotely?
              why: The more of it can be done remotely, the further it can move.
              expected: a percentage, like 30% or about half
              example: about 30%
              optional: true
            - id: notes
              kind: freeText
              label: Notes
              prompt: Anything else I should know?
              why: Context helps to read the result.
              expected: a sentence or two
              optional: true
        """;

    [Fact]
    public async Task Assessment_PercentageAndFreeTextSteps_AreReadSummarisedAndRecommendedWithLowConfidence()
    {
        var chat = new ConversationHarness(knowledge: Load());

        await chat.Send("recommend");
        chat.AskedStep.Should().Be("remote-share");
        chat.Last.Prompt!.Count.Should().Be(2);
        await chat.Send("120%");
        chat.AskedStep.Should().Be("remote-share", "a share above 100% is not accepted");
        await chat.Send("about 30 percent");
        chat.AskedStep.Should().Be("notes");
        chat.Last.Text.Should().StartWith("Noted: 30%");
        await chat.Send("We are a family firm.");

        chat.Last.Kind.Should().Be(ReplyKind.Summary);
        chat.Last.Table!.Rows.Should().BeEquivalentTo(new[] { new[] { "Remote share", "30%" }, new[] { "Notes", "We are a family firm." } });
        await chat.Send("yes");
        chat.Replies[0].Kind.Should().Be(ReplyKind.Recommendation);
        chat.Replies[0].Text.Should().Contain("Confidence is low", "no profile answer is known");
    }

    private static LoadedKnowledge Load()
    {
        var files = KnowledgeLoader.ReadEmbeddedFiles()
            .Where(file => file.Name != "assessment.yaml")
            .Append(new KnowledgeFile("assessment.yaml", Assessment))
            .ToArray();
        var result = KnowledgeLoader.Load(files);
        result.Problems.Should().BeEmpty();
        return new LoadedKnowledge(result.Knowledge!);
    }
}
