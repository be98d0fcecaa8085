using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;
using SourcingBot.Channels.Teams.Rendering;
using SourcingBot.Conversations.Turns;
using SourcingBot.Knowledge.Assessment;
using SourcingBot.Tests.Channels.Teams.Fakes;

namespace SourcingBot.Tests.Channels.Teams.Rendering;

public sealed class ReplyCardsTests
{
    private static readonly RenderContext Personal = new(TeamsSamples.BotId, ConversationScope.Personal, 27_648);

    private static readonly Citation Source = new("Kearney", "Global Services Location Index [2023]", "2023", new Uri("https://www.kearney.com/gsli"), "a survey");

    [Theory]
    [InlineData(ReplyKind.Answer)]
    [InlineData(ReplyKind.Message)]
    [InlineData(ReplyKind.DidYouMean)]
    [InlineData(ReplyKind.Decline)]
    [InlineData(ReplyKind.Comparison)]
    [InlineData(ReplyKind.Question)]
    [InlineData(ReplyKind.Summary)]
    [InlineData(ReplyKind.Recommendation)]
    [InlineData(ReplyKind.Error)]
    public void Render_EveryKind_IsAnAdaptiveCard15WithATextFallback(ReplyKind kind)
    {
        var reply = new Reply
        {
            Kind = kind,
            Title = "A title",
            Text = "Some **text**.",
            Choices = kind is ReplyKind.DidYouMean or ReplyKind.Summary ? [Ask("First"), Ask("Second")] : [],
            Suggestions = [Ask("What is offshoring?")],
            Prompt = kind == ReplyKind.Question ? Prompt(StepKind.Money) : null,
        };

        var card = Render(reply).Should().ContainSingle().Subject.Card()!;

        card["type"]!.GetValue<string>().Should().Be("AdaptiveCard");
        card["version"]!.GetValue<string>().Should().Be("1.5");
        card["fallbackText"]!.GetValue<string>().Should().StartWith("A title\nSome text.");
        card.OfType("TextBlock").Should().Contain(block => block["text"]!.GetValue<string>() == "A title");
    }

    [Fact]
    public void Render_TextOnlyMessage_IsAMarkdownMessage()
    {
        var activity = Render(new Reply { Kind = ReplyKind.Message, Text = "Hello **there**." }).Single();

        activity.Card().Should().BeNull();
        activity["text"]!.GetValue<string>().Should().Be("Hello **there**.");
        activity["textFormat"]!.GetValue<string>().Should().Be("markdown");
    }

    [Fact]
    public void Render_Answer_ShowsSourcesAsLinksAndQuestionsAsClickableRows()
    {
        var reply = new Reply
        {
            Kind = ReplyKind.Answer,
            Title = "What is nearshoring?",
            Text = "Nearshoring means …",
            Sections = [new ReplySection("Examples", "- Mexico\n- Poland")],
            Sources = [Source],
            Suggestions = [Ask("What is offshoring?"), new ReplyAction("Get a recommendation", ActionValues.StartAssessment)],
        };

        var card = Render(reply).Single().Card()!;

        card.OfType("TextBlock").Select(block => block["text"]!.GetValue<string>())
            .Should().Contain("- [Kearney (2023): Global Services Location Index (2023)](https://www.kearney.com/gsli) — a survey");
        var row = card.OfType("Container").Single(container => container["selectAction"] is not null);
        row["selectAction"]!["data"]!.ToJsonString().Should().Be("""{"action":"ask","entryId":"what-is-offshoring","label":"What is offshoring?"}""");
        card["actions"]!.AsArray().Should().ContainSingle().Which!["title"]!.GetValue<string>().Should().Be("Get a recommendation");
    }

    [Fact]
    public void Render_Comparison_IsATableWithAHeaderRowAndARowFallback()
    {
        var reply = new Reply
        {
            Kind = ReplyKind.Comparison,
            Title = "Nearshore outsourcing vs Captive centre",
            Text = "…",
            Table = new ReplyTable(null, [string.Empty, "Nearshore outsourcing", "Captive centre"], [["Cost", "Moderate", "High set-up"], ["Control", "Contract", "Full"]]),
        };

        var table = Render(reply).Single().Card()!.OfType("Table").Single();

        table["firstRowAsHeader"]!.GetValue<bool>().Should().BeTrue();
        table["columns"]!.AsArray().Should().HaveCount(3);
        var rows = table["rows"]!.AsArray();
        rows.Should().HaveCount(3);
        rows[0]!.AsObject().OfType("TextBlock").Select(block => block["text"]!.GetValue<string>()).Should().Equal(string.Empty, "Nearshore outsourcing", "Captive centre");
        table["fallback"]!.AsObject().OfType("TextBlock").First()["text"]!.GetValue<string>()
            .Should().Be("Cost · Nearshore outsourcing: Moderate · Captive centre: High set-up");
    }

    [Fact]
    public void Render_Summary_ConfirmsWithAButtonAndChangesWithADropDownOfActionValues()
    {
        var reply = new Reply
        {
            Kind = ReplyKind.Summary,
            Title = "Your answers",
            Text = "Is this right?",
            Table = new ReplyTable(null, ["Question", "Your answer"], [["Team size", "40 people"]]),
            Choices = [Command("Show my recommendation", DialogCommand.Confirm), .. Enumerable.Range(1, 13).Select(i => new ReplyAction($"Change: {i}", ActionValues.RunCommand(DialogCommand.Change, $"step-{i}")))],
        };

        var card = Render(reply).Single().Card()!;

        card.OfType("FactSet").Single()["facts"]![0]!["value"]!.GetValue<string>().Should().Be("40 people");
        card.OfType("Action.Submit").First()["style"]!.GetValue<string>().Should().Be("positive");
        var dropDown = card.OfType("Input.ChoiceSet").Single();
        dropDown["style"]!.GetValue<string>().Should().Be("compact");
        dropDown["id"]!.GetValue<string>().Should().Be("choice");
        var value = JsonSerializer.Deserialize<Dictionary<string, string>>(dropDown["choices"]![12]!["value"]!.GetValue<string>())!;
        value.Should().Contain(new Dictionary<string, string> { ["action"] = "command", ["command"] = "change", ["step"] = "step-13" });
    }

    [Fact]
    public void Render_Recommendation_HasShareAndWhatIf()
    {
        var reply = new Reply
        {
            Kind = ReplyKind.Recommendation,
            Title = "Recommended: Nearshore outsourcing",
            Text = "**Nearshore outsourcing** fits best.",
            Sections = [new ReplySection("Why", "- cost"), new ReplySection("Next steps", "1. shortlist")],
            Suggestions = [Command("Copy the summary", DialogCommand.Summary), Command("Start over", DialogCommand.Restart)],
            CopyText = "# Sourcing recommendation",
        };

        var activities = Render(reply);

        var card = activities.Should().ContainSingle("the summary is shared through its button").Subject.Card()!;
        card["body"]![0]!["style"]!.GetValue<string>().Should().Be("good");
        card["actions"]!.AsArray().Select(action => action!["title"]!.GetValue<string>()).Should().Equal("Share", "Start over", "What if…");
        card.OfType("Action.Submit").First()["data"]!["command"]!.GetValue<string>().Should().Be("summary");
    }

    [Fact]
    public void Render_CopyText_FollowsAsACodeBlock()
    {
        var reply = new Reply { Kind = ReplyKind.Message, Title = "Summary to copy", Text = "Here it is.", CopyText = "# Sourcing recommendation\n\n| a | b |\n" };

        var activities = Render(reply);

        activities.Should().HaveCount(2);
        activities[1]["text"]!.GetValue<string>().Should().Be("```\n# Sourcing recommendation\n\n| a | b |\n```");
    }

    [Theory]
    [InlineData(StepKind.Number, "Input.Number")]
    [InlineData(StepKind.Money, "Input.Text")]
    [InlineData(StepKind.Duration, "Input.Text")]
    [InlineData(StepKind.TimeZone, "Input.Text")]
    [InlineData(StepKind.FreeText, "Input.Text")]
    public void Render_FreeAnswerQuestion_IsARequiredFieldReadAsText(StepKind kind, string inputType)
    {
        var card = Render(Question(Prompt(kind))).Single().Card()!;

        var input = card.OfType(inputType).Single();
        input["id"]!.GetValue<string>().Should().Be("text");
        input["isRequired"]!.GetValue<bool>().Should().BeTrue();
        input["errorMessage"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        card.OfType("Action.Submit").Single(action => action["title"]!.GetValue<string>() == "Answer")["data"]!["step"]!.GetValue<string>().Should().Be("step");
    }

    [Theory]
    [InlineData(StepKind.SingleChoice, false)]
    [InlineData(StepKind.MultipleChoice, true)]
    public void Render_ChoiceQuestion_IsAChoiceSetOfOptionValues(StepKind kind, bool multiSelect)
    {
        var card = Render(Question(Prompt(kind))).Single().Card()!;

        var choices = card.OfType("Input.ChoiceSet").Single();
        choices["id"]!.GetValue<string>().Should().Be("options");
        (choices["isMultiSelect"]?.GetValue<bool>() ?? false).Should().Be(multiSelect);
        choices["style"]!.GetValue<string>().Should().Be("expanded");
        choices["choices"]!.AsArray().Select(choice => choice!["value"]!.GetValue<string>()).Should().Equal("a", "b");
        card.OfType("Action.Submit").Single(action => action["title"]!.GetValue<string>() == "Answer")["data"]!.ToJsonString()
            .Should().Be("""{"action":"answer","step":"step"}""");
    }

    [Fact]
    public void Render_YesNoQuestion_HasYesAndNoButtonsThatAnswerAsTyped()
    {
        var card = Render(Question(Prompt(StepKind.YesNo))).Single().Card()!;

        card.OfType("Action.Submit").Where(action => action["data"]?["text"] is not null)
            .Select(action => action["data"]!["text"]!.GetValue<string>()).Should().Equal("yes", "no");
    }

    [Fact]
    public void Render_ContinuePrivately_OpensTheBotsPersonalChat()
    {
        var reply = new Reply { Kind = ReplyKind.Message, Title = "Let's start", Text = "…", Suggestions = [new ReplyAction("Continue privately", ActionValues.ContinuePrivately)] };

        var action = Render(reply, ConversationScope.Shared).Single().Card()!.OfType("Action.OpenUrl").Single();

        action["title"]!.GetValue<string>().Should().Be("Continue privately");
        action["url"]!.GetValue<string>().Should().Be("https://teams.microsoft.com/l/chat/0/0?users=28%3A5f1c6a0e-7d2b-4c1a-9e3f-0a1b2c3d4e5f");
    }

    internal static IReadOnlyList<JsonObject> Render(Reply reply, ConversationScope scope = ConversationScope.Personal) =>
        TeamsReplyRenderer.Render([reply], Personal with { Scope = scope })
            .Select(activity => JsonNode.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(activity))!.AsObject())
            .ToArray();

    private static Reply Question(ReplyPrompt prompt) => new()
    {
        Kind = ReplyKind.Question,
        Title = "Question 1 of 13: Step",
        Text = "What?",
        Choices = prompt.Options,
        Suggestions = [Command("Why do you ask?", DialogCommand.Why)],
        Prompt = prompt,
    };

    private static ReplyPrompt Prompt(StepKind kind)
    {
        var options = kind is StepKind.SingleChoice or StepKind.MultipleChoice
            ? new[] { new ReplyAction("Option A", ActionValues.AnswerStep("step", "a")), new ReplyAction("Option B", ActionValues.AnswerStep("step", "b")) }
            : [];
        return new ReplyPrompt("step", kind, options, "about 40 people", 1, 13, CanSkip: true, CanGoBack: false);
    }

    private static ReplyAction Ask(string title) =>
        new(title, ActionValues.AskEntry(title.ToLowerInvariant().Replace(' ', '-').TrimEnd('?')));

    private static ReplyAction Command(string label, DialogCommand command) => new(label, ActionValues.RunCommand(command));
}
