using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using SourcingBot.Tests.Hosting;

namespace SourcingBot.Tests.Channels.Local;

// Whole assessments through POST /api/chat, with the default SQLite store, as a user would run them.
public sealed class AssessmentChatTests(BotFactory factory) : IClassFixture<BotFactory>
{
    // Free answers of every kind, in the order the steps are asked.
    private static readonly (string Step, string Answer)[] FreeAnswers =
    [
        ("goals", "cost and talent"),
        ("function", "customer support"),
        ("coreness", "it's a support function"),
        ("requirements", "yes"),
        ("team-size", "about forty people"),
        ("company-size", "250 employees"),
        ("budget", "$250k a year"),
        ("start", "within 3 months"),
        ("headquarters", "we're based in Berlin"),
        ("overlap", "asynchronous is fine"),
        ("data", "personal data and GDPR"),
        ("presence-abroad", "no"),
        ("ownership", "no"),
    ];

    [Fact]
    public async Task Assessment_FreeTextAnswers_ReachSummaryThenRecommendationWithSources()
    {
        var chat = new ChatClient(factory.CreateClient());

        var replies = await chat.SayAsync("I'd like a recommendation for my company");
        replies.AskedStep().Should().Be("goals");
        replies[0]!.Kind().Should().Be("message");
        foreach (var (step, answer) in FreeAnswers)
        {
            replies.AskedStep().Should().Be(step, $"the answer before \"{answer}\" should have been read");
            replies = await chat.SayAsync(answer);
        }

        var summary = replies.Last().SummaryAnswers();
        summary.Values.Should().NotContain("(skipped)");
        summary.Values.Should().Contain(["40 people", "250 employees", "USD 250,000", "Berlin (Europe/Berlin)"]);

        replies = await chat.SayAsync("yes");

        var result = replies.First(reply => reply!.Kind() == "recommendation")!;
        ChatClient.Text(result, "title").Should().StartWith("Recommended: ");
        ChatClient.Text(result, "text").Should().Contain("runner-up");
        result["sections"]!.AsArray().Select(s => ChatClient.Text(s!, "heading")).Should().Contain(["Why", "Next steps"]);
        result["sources"]!.AsArray().Should().NotBeEmpty();
        result["table"]!["rows"]!.AsArray().Should().NotBeEmpty("shared business hours are computed from Berlin");
        ChatClient.Text(result, "copyText").Should().StartWith("# Sourcing recommendation").And.Contain("| Team size | 40 seats |");
    }

    [Fact]
    public async Task Assessment_ButtonsAndTypedAnswers_ReachTheSameSummary()
    {
        var typed = await RunAsync(new ChatClient(factory.CreateClient()), clickChoices: false);
        var clicked = await RunAsync(new ChatClient(factory.CreateClient()), clickChoices: true);

        clicked.Should().Equal(typed);
    }

    [Theory]
    [InlineData("start", "by next March", "month")]
    [InlineData("start", "2 weeks", "2 weeks")]
    [InlineData("budget", "250 000 EUR", "EUR 250,000")]
    [InlineData("budget", "£1.2 million", "GBP 1,200,000")]
    [InlineData("headquarters", "UTC+5:30", "Asia/Kolkata")]
    [InlineData("headquarters", "America/Chicago", "America/Chicago")]
    [InlineData("team-size", "between 30 and 50 people", "40 people")]
    [InlineData("company-size", "a dozen", "12 employees")]
    public async Task Assessment_FreeAnswerOfEachKind_IsReadAndConfirmed(string step, string answer, string understood)
    {
        var chat = await AtStepAsync(step);

        var replies = await chat.SayAsync(answer);

        replies.AskedStep().Should().NotBe(step);
        ChatClient.Text(replies.Last(), "text").Should().StartWith("Noted: ").And.Contain(understood);
    }

    [Fact]
    public async Task Assessment_UnreadableAnswer_ReasksWithWhatItExpects_ThenMovesOnAfterThreeTries()
    {
        var chat = await AtStepAsync("team-size");

        var first = await chat.SayAsync("lots and lots");
        first.AskedStep().Should().Be("team-size");
        ChatClient.Text(first.Last(), "text").Should().Contain("couldn't read").And.Contain("number");

        var second = await chat.SayAsync("hmm, quite a crowd");
        second.AskedStep().Should().Be("team-size");
        ChatClient.Text(second.Last(), "text").Should().Contain("skip");

        var third = await chat.SayAsync("a bunch");
        third.AskedStep().Should().Be("company-size");
        ChatClient.Text(third.Last(), "text").Should().Contain("left").And.Contain("Team size");
    }

    [Fact]
    public async Task Assessment_OutOfRangeNumber_SaysWhatIsWrong()
    {
        var chat = await AtStepAsync("team-size");

        var replies = await chat.SayAsync("0 people");

        replies.AskedStep().Should().Be("team-size");
        ChatClient.Text(replies.Last(), "text").Should().NotContain("couldn't read");
    }

    [Fact]
    public async Task Assessment_GlobalCommands_WorkAtEveryStep()
    {
        var chat = await AtStepAsync("requirements");

        var why = await chat.SayAsync("why do you ask?");
        ChatClient.Text(why[0]!, "title").Should().StartWith("Why I ask");
        why.AskedStep().Should().Be("requirements");

        var help = await chat.SayAsync("help");
        ChatClient.Text(help[0]!, "text").Should().Contain("skip").And.Contain("forget me");
        help.AskedStep().Should().Be("requirements");

        (await chat.SayAsync("go back")).AskedStep().Should().Be("coreness");
        (await chat.SayAsync("a support function")).AskedStep().Should().Be("requirements");

        var skipped = await chat.SayAsync("skip");
        skipped.AskedStep().Should().Be("team-size");
        ChatClient.Text(skipped.Last(), "text").Should().Contain("Skipped");

        var restarted = await chat.SayAsync("start over");
        restarted.AskedStep().Should().Be("goals");

        var pressed = await chat.SayAsync("skip");
        pressed.AskedStep().Should().Be("goals", "goals are not optional, so the bot asks for a rough answer first");

        var cancelled = await chat.SayAsync("cancel");
        cancelled.AskedStep().Should().BeNull();
        ChatClient.Text(cancelled[0]!, "text").Should().Contain("cancelled");
        (await chat.SayAsync("what is nearshoring?"))[0]!.Kind().Should().Be("answer");
    }

    [Fact]
    public async Task Assessment_KnowledgeQuestionInTheMiddle_IsAnsweredThenResumesAtTheSameStep()
    {
        var chat = await AtStepAsync("budget");

        var replies = await chat.SayAsync("wait, what's nearshoring?");

        replies[0]!.Kind().Should().Be("answer");
        ChatClient.Text(replies[0]!, "topic").Should().Be("define-nearshoring");
        replies.AskedStep().Should().Be("budget");
        ChatClient.Text(replies.Last(), "text").Should().Contain("Back to the assessment");
        (await chat.SayAsync("250 000 EUR")).AskedStep().Should().Be("start");
    }

    [Fact]
    public async Task Assessment_ProcessRestartBetweenTurns_LosesNothing()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"sourcingbot-restart-{Guid.NewGuid():N}");
        var database = Path.Combine(folder, "sourcingbot.db");
        string conversationId;
        try
        {
            await using (var before = BotFactory.WithDatabase(database))
            {
                var chat = await AtStepAsync("requirements", new ChatClient(before.CreateClient()));
                conversationId = chat.ConversationId;
            }

            await using var after = BotFactory.WithDatabase(database);
            var resumed = new ChatClient(after.CreateClient(), conversationId);
            (await resumed.SayAsync("yes")).AskedStep().Should().Be("team-size");
            (await resumed.SayAsync("back")).AskedStep().Should().Be("requirements");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ForgetMe_ErasesTheStoredConversationAndConfirms()
    {
        var chat = await AtStepAsync("team-size");
        CountRows(chat.ConversationId).Should().Be(1);

        var replies = await chat.SayAsync("please delete my data");

        ChatClient.Text(replies[0]!, "text").Should().Contain("erased");
        CountRows(chat.ConversationId).Should().Be(0);
        (await chat.SayAsync("about forty people")).AskedStep().Should().BeNull("the assessment was erased too");
    }

    [Fact]
    public async Task Summary_CorrectingOneAnswer_UpdatesItInPlace()
    {
        var chat = await AtSummaryAsync();

        var corrected = await chat.SayAsync("the team size is 25");
        corrected.Last().SummaryAnswers()["Team size"].Should().Be("25 people");

        var asked = await chat.SayAsync("change the budget");
        asked.AskedStep().Should().Be("budget");
        var updated = await chat.SayAsync("€90k");
        updated.Last().SummaryAnswers()["Annual budget"].Should().Be("EUR 90,000");

        var clicked = await chat.ClickAsync(updated.Last().Action("step", "overlap"));
        clicked.AskedStep().Should().Be("overlap");
        var changed = await chat.ClickAsync(clicked.Last().Action("options", "daily-real-time"));
        changed.Last().SummaryAnswers()["Shared working hours"].Should().NotBe(corrected.Last().SummaryAnswers()["Shared working hours"]);
    }

    [Fact]
    public async Task WhatIf_AfterTheResult_ExplainsWhatChangedAndRecommendsAgain()
    {
        var chat = await AtSummaryAsync();
        await chat.SayAsync("looks good");

        var budget = await chat.SayAsync("what if our budget were $100k?");
        budget[0]!.Kind().Should().Be("message");
        ChatClient.Text(budget[0]!, "text").Should().Contain("100,000");
        budget.Last().Kind().Should().Be("recommendation");

        var timeline = await chat.SayAsync("change the timeline to 6 months");
        ChatClient.Text(timeline[0]!, "text").Should().Contain("6 months");

        var copy = await chat.SayAsync("summary");
        ChatClient.Text(copy[0]!, "copyText").Should().Contain("| Annual budget | USD 100,000 |").And.Contain("| Start within | 6 months |");
    }

    private async Task<ChatClient> AtStepAsync(string step, ChatClient? client = null)
    {
        var chat = client ?? new ChatClient(factory.CreateClient());
        var replies = await chat.SayAsync("recommend");
        foreach (var (current, answer) in FreeAnswers.TakeWhile(pair => pair.Step != step))
        {
            replies.AskedStep().Should().Be(current);
            replies = await chat.SayAsync(answer);
        }

        replies.AskedStep().Should().Be(step);
        return chat;
    }

    private async Task<ChatClient> AtSummaryAsync()
    {
        var chat = await AtStepAsync("ownership");
        (await chat.SayAsync("no")).Last().Kind().Should().Be("summary");
        return chat;
    }

    private static async Task<Dictionary<string, string>> RunAsync(ChatClient chat, bool clickChoices)
    {
        var replies = await chat.SayAsync("recommend");
        foreach (var (step, answer) in FreeAnswers)
        {
            replies.AskedStep().Should().Be(step);
            var prompt = replies.Last()["prompt"]!;
            var options = prompt["options"]!.AsArray();
            replies = clickChoices && options.Count > 0
                ? await chat.ClickAsync(ButtonFor(step, answer, options))
                : await chat.SayAsync(answer);
        }

        return replies.Last().SummaryAnswers();
    }

    // The button (or, for multiple choice, the combined value a rich channel sends) matching a typed answer.
    private static JsonObject ButtonFor(string step, string answer, JsonArray options) => step switch
    {
        "goals" => Combined(options, "reduce-costs", "access-talent"),
        "data" => Combined(options, "personal-data", "gdpr"),
        "function" => Pick(options, "customer-support"),
        "coreness" => Pick(options, "support-function"),
        "overlap" => Pick(options, "asynchronous"),
        _ => throw new ArgumentOutOfRangeException(nameof(step), $"{step}: no button for \"{answer}\""),
    };

    private static JsonObject Pick(JsonArray options, string value) =>
        (JsonObject)options.First(option => option!["value"]!["options"]!.GetValue<string>() == value)!.DeepClone();

    private static JsonObject Combined(JsonArray options, params string[] values)
    {
        var first = Pick(options, values[0]);
        first["value"]!["options"] = string.Join(',', values);
        return first;
    }

    private int CountRows(string conversationId)
    {
        using var connection = new SqliteConnection($"Data Source={factory.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM conversations WHERE conversation_id = $id";
        command.Parameters.AddWithValue("$id", conversationId);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
