using System.Text.Json.Nodes;
using SourcingBot.Tests.Channels.Teams.Fakes;
using SourcingBot.Tests.Hosting;

namespace SourcingBot.Tests.Channels.Teams;

// Whole assessments through Teams activities: the form cards submitted as Teams submits them (the
// button's data merged with the inputs), typed answers, the summary, the recommendation, what-if and share.
public sealed class TeamsAssessmentTests(TeamsBotFixture bot) : IClassFixture<TeamsBotFixture>
{
    // The README's examples of free answers, one per step.
    private static readonly (string Step, string Answer)[] TypedAnswers =
    [
        ("goals", "1 and 3"),
        ("function", "the second one"),
        ("coreness", "2"),
        ("requirements", "yes, we have clear SLAs"),
        ("team-size", "between 30 and 50"),
        ("company-size", "a dozen"),
        ("budget", "£1.2 million"),
        ("start", "by next March"),
        ("headquarters", "UTC+5:30"),
        ("overlap", "a few hours a day"),
        ("data", "none"),
        ("presence-abroad", "no"),
        ("ownership", "yes, eventually"),
    ];

    [Fact]
    public async Task Assessment_FormCards_ReachTheRecommendationThenWhatIfAndShare()
    {
        var chat = new Chat(bot.Client, TeamsSamples.Fresh("message-personal"));
        var replies = await chat.SayAsync("I'd like a recommendation for my company");

        for (var position = 1; position <= 13; position++)
        {
            var question = replies[^1];
            question.Title().Should().StartWith($"Question {position} of 13", "the previous answer should have been read: " + question.Text());
            var card = question.Card()!;
            replies = position switch
            {
                1 => await chat.SubmitAsync(Choose(card, multiSelect: true, count: 2)),
                2 or 3 or 10 => await chat.SubmitAsync(Choose(card, multiSelect: false, count: 1)),
                4 => await chat.SubmitAsync(Button(question, "Yes")),
                5 => await chat.SubmitAsync(Fill(card, "Input.Number", "40")),
                6 => await chat.SayAsync("250 employees"),
                7 => await chat.SubmitAsync(Fill(card, "Input.Text", "$250k a year")),
                8 => await chat.SayAsync("within 3 months"),
                9 => await chat.SubmitAsync(Fill(card, "Input.Text", "Berlin")),
                11 => await chat.SubmitAsync(Choose(card, multiSelect: true, count: 1)),
                12 => await chat.SubmitAsync(Button(question, "No")),
                _ => await chat.SayAsync("no"),
            };
        }

        var summary = replies[^1];
        summary.Title().Should().Be("Your answers");
        Facts(summary).Values.Should().Contain(["40 people", "250 employees", "USD 250,000", "Berlin (Europe/Berlin)"]).And.NotContain("(skipped)");
        summary.Card()!.OfType("Input.ChoiceSet").Should().ContainSingle("changing an answer is a drop-down");

        replies = await chat.SubmitAsync(Button(summary, "Show my recommendation"));

        var result = replies.Single(reply => reply.Title()?.StartsWith("Recommended: ", StringComparison.Ordinal) == true);
        var resultCard = result.Card()!;
        result.Text().Should().Contain("runner-up").And.Contain("Why").And.Contain("Next steps");
        resultCard.OfType("Table").Should().NotBeEmpty("shared business hours are computed from Berlin");
        resultCard["actions"]!.AsArray().Select(action => action!["title"]!.GetValue<string>()).Should().Contain(["Share", "What if…"]);
        var whatIf = resultCard.OfType("Action.ShowCard").Single()["card"]!.AsObject();
        whatIf.OfType("Input.Text").Single()["id"]!.GetValue<string>().Should().Be("text");

        var changed = await chat.SubmitAsync(new JsonObject { ["text"] = "what if our budget were $100k?" });
        changed.Select(reply => reply.Title()).Should().Contain(title => title == "The recommendation changed" || title == "The recommendation holds");

        var shared = await chat.SubmitAsync(Button(result, "Share"));
        shared[^1]["text"]!.GetValue<string>().Should().StartWith("```\n# Sourcing recommendation").And.EndWith("```");
    }

    [Fact]
    public async Task Assessment_TypedAnswers_SameSummaryAsTheWebChat()
    {
        var teams = new Chat(bot.Client, TeamsSamples.Fresh("message-personal"));
        var web = new ChatClient(bot.Factory.CreateClient());
        var teamsReplies = await teams.SayAsync("recommend");
        var webReplies = await web.SayAsync("recommend");

        foreach (var (step, answer) in TypedAnswers)
        {
            webReplies.AskedStep().Should().Be(step);
            teamsReplies[^1].Title().Should().Be(ChatClient.Text(webReplies.Last(), "title"));
            teamsReplies = await teams.SayAsync(answer);
            webReplies = await web.SayAsync(answer);
        }

        Facts(teamsReplies[^1]).Should().Equal(webReplies.Last().SummaryAnswers());
    }

    [Fact]
    public async Task Question_MultipleChoice_IsAMultiSelectWithInlineValidation()
    {
        var chat = new Chat(bot.Client, TeamsSamples.Fresh("message-personal"));

        var question = (await chat.SayAsync("recommend"))[^1].Card()!;

        var choices = question.OfType("Input.ChoiceSet").Single();
        choices["isMultiSelect"]!.GetValue<bool>().Should().BeTrue();
        choices["isRequired"]!.GetValue<bool>().Should().BeTrue();
        choices["errorMessage"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        question.OfType("Action.Submit").Where(action => action["title"]!.GetValue<string>() is "Why do you ask?" or "Cancel")
            .Should().HaveCount(2).And.OnlyContain(action => action["associatedInputs"]!.GetValue<string>() == "none", "commands work with an empty form");
        question["fallbackText"]!.GetValue<string>().Should().Contain("1. ").And.Contain("Reply with the numbers or words");
    }

    [Fact]
    public async Task Question_Number_IsANumberInputWithItsExample()
    {
        var chat = new Chat(bot.Client, TeamsSamples.Fresh("message-personal"));
        await chat.SayAsync("recommend");
        foreach (var answer in new[] { "cost", "customer support", "it's a support function", "yes" })
        {
            await chat.SayAsync(answer);
        }

        var question = (await chat.SayAsync("skip"))[^1];

        question.Title().Should().Contain("Company size", "team size was skipped");
        var input = question.Card()!.OfType("Input.Number").Single();
        input["id"]!.GetValue<string>().Should().Be("text");
        input["placeholder"]!.GetValue<string>().Should().Be("e.g. around 250 employees");
        input["errorMessage"]!.GetValue<string>().Should().Be("Type a number, for example 250.");
    }

    private static JsonObject Choose(JsonObject card, bool multiSelect, int count)
    {
        var choices = card.OfType("Input.ChoiceSet").Single();
        (choices["isMultiSelect"]?.GetValue<bool>() ?? false).Should().Be(multiSelect);
        var values = choices["choices"]!.AsArray().Take(count).Select(choice => choice!["value"]!.GetValue<string>());
        var data = Answer(card);
        data[choices["id"]!.GetValue<string>()] = string.Join(',', values);
        return data;
    }

    private static JsonObject Fill(JsonObject card, string inputType, string text)
    {
        var input = card.OfType(inputType).Single();
        var data = Answer(card);
        data[input["id"]!.GetValue<string>()] = text;
        return data;
    }

    private static JsonObject Answer(JsonObject card) =>
        card.OfType("Action.Submit").Single(action => action["title"]!.GetValue<string>() == "Answer")["data"]!.DeepClone().AsObject();

    private static JsonObject Button(JsonObject reply, string label) => reply.Submit(label)["data"]!.DeepClone().AsObject();

    private static Dictionary<string, string> Facts(JsonObject summary) =>
        summary.Card()!.OfType("FactSet").Single()["facts"]!.AsArray()
            .ToDictionary(fact => fact!["title"]!.GetValue<string>(), fact => fact!["value"]!.GetValue<string>(), StringComparer.Ordinal);

    // One Teams conversation: each message or submit is a new activity in it.
    private sealed class Chat(TeamsClient client, JsonObject conversation)
    {
        public Task<IReadOnlyList<JsonObject>> SayAsync(string text) =>
            client.AskAsync(TeamsSamples.Load("message-personal").In(conversation).Text(text));

        public Task<IReadOnlyList<JsonObject>> SubmitAsync(JsonObject value) =>
            client.AskAsync(TeamsSamples.Load("message-card-submit").In(conversation).Submit(value));
    }
}
