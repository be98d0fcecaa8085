using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SourcingBot.Tests.Web;

// The guided assessment in the web chat: checkboxes, buttons, typed answers, summary and result.
public sealed class WebAssessmentBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // Typed answers from the third question (coreness) to the last (ownership), in the order asked.
    private static readonly string[] TypedAnswers =
    [
        "a support function",
        "yes",
        "about forty people",
        "250 employees",
        "$250k a year",
        "within 3 months",
        "Berlin",
        "asynchronous is fine",
        "personal data and GDPR",
        "no",
        "no",
    ];

    [Fact]
    public async Task Assessment_CheckboxesButtonsAndTypedAnswers_EndWithARecommendationToCopy()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        var page = await OpenAsync(context);

        await SayAsync(page, "recommend");
        var goals = page.Locator("[data-testid=message-bot][data-step=goals]");
        var progress = goals.GetByTestId("assessment-progress");
        await Expect(progress).ToHaveTextAsync("Question 1 of 13");
        await Expect(progress).ToHaveAttributeAsync("role", "progressbar");
        await Expect(progress).ToHaveAttributeAsync("aria-valuenow", "1");
        await Expect(progress).ToHaveAttributeAsync("aria-valuemax", "13");
        await Expect(goals).ToHaveClassAsync(new Regex(@"\bis-current\b"));

        var done = goals.GetByTestId("reply-options-submit");
        await Expect(done).ToBeDisabledAsync();
        var first = goals.GetByTestId("reply-option").Nth(0);
        var third = goals.GetByTestId("reply-option").Nth(2);
        await first.CheckAsync();
        await third.CheckAsync();
        await Expect(first.Locator("input[type=checkbox]")).ToBeCheckedAsync();
        var labels = $"{(await first.InnerTextAsync()).Trim()}, {(await third.InnerTextAsync()).Trim()}";
        await done.ClickAsync();

        await Expect(page.GetByTestId("message-user").Last).ToHaveTextAsync(labels);
        await ExpectQuestionAsync(page, 2);
        await Expect(goals).Not.ToHaveClassAsync(new Regex(@"\bis-current\b"));

        await LastReply(page).GetByTestId("reply-choice").Filter(new LocatorFilterOptions { HasText = "Customer support" }).ClickAsync();
        await Expect(page.GetByTestId("message-user").Last).ToHaveTextAsync("Customer support");
        await ExpectQuestionAsync(page, 3);

        for (var i = 0; i < TypedAnswers.Length; i++)
        {
            await SayAsync(page, TypedAnswers[i]);
            if (i < TypedAnswers.Length - 1)
            {
                await ExpectQuestionAsync(page, i + 4);
            }
        }

        var summary = page.Locator("[data-testid=message-bot][data-kind=summary]");
        await Expect(LastReply(page)).ToHaveAttributeAsync("data-kind", "summary");
        await Expect(summary.GetByTestId("reply-table")).ToBeVisibleAsync();
        await Expect(summary.GetByTestId("assessment-progress")).ToHaveCountAsync(0);
        await summary.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Show my recommendation" }).ClickAsync();

        var result = page.Locator("[data-testid=message-bot][data-kind=recommendation]").Last;
        await Expect(result.GetByTestId("reply-title")).ToHaveTextAsync(new Regex("^Recommended:"));
        await Expect(result.GetByTestId("reply-source").First).ToBeVisibleAsync();
        var copy = result.GetByTestId("copy-summary");
        await Expect(copy).ToHaveTextAsync("Copy summary");

        await copy.ClickAsync();

        await Expect(result.GetByTestId("copy-status")).ToHaveTextAsync("Copied");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        copied.Should().StartWith("# Sourcing recommendation");
    }

    [Fact]
    public async Task Assessment_NumberQuestion_ShowsItsExampleAsPlaceholderUntilTheAssessmentEnds()
    {
        await using var context = await browser.Browser.NewContextAsync();
        var page = await OpenAsync(context);
        var input = page.GetByTestId("chat-input");
        var defaultPlaceholder = await input.GetAttributeAsync("placeholder");

        await SayAsync(page, "recommend");
        await SayAsync(page, "cost and talent");
        await SayAsync(page, "customer support");
        await SayAsync(page, "a support function");
        var response = await page.RunAndWaitForResponseAsync(
            () => SayAsync(page, "yes"),
            candidate => candidate.Url.EndsWith("/api/chat", StringComparison.Ordinal));

        var prompt = JsonNode.Parse(await response.TextAsync())!["replies"]!.AsArray().Last()!["prompt"]!;
        prompt["kind"]!.GetValue<string>().Should().Be("number");
        var example = prompt["example"]!.GetValue<string>();
        example.Should().NotBeNullOrWhiteSpace();
        await ExpectQuestionAsync(page, prompt["position"]!.GetValue<int>());
        await Expect(input).ToHaveAttributeAsync("placeholder", new Regex(Regex.Escape(example)));

        await SayAsync(page, "cancel");

        await Expect(LastReply(page)).Not.ToHaveClassAsync(new Regex(@"\bhas-prompt\b"));
        await Expect(input).ToHaveAttributeAsync("placeholder", defaultPlaceholder!);
    }

    [Fact]
    public async Task Assessment_ReloadKeepsTheOpenQuestion_NewConversationStartsAfresh()
    {
        await using var context = await browser.Browser.NewContextAsync();
        var page = await OpenAsync(context);
        var input = page.GetByTestId("chat-input");
        var defaultPlaceholder = await input.GetAttributeAsync("placeholder");
        await SayAsync(page, "recommend");
        await ExpectQuestionAsync(page, 1);
        var before = await ConversationIdAsync(page);

        await page.ReloadAsync();

        await ExpectQuestionAsync(page, 1);
        await Expect(LastReply(page).GetByTestId("reply-option").First).ToBeVisibleAsync();
        await Expect(input).Not.ToHaveAttributeAsync("placeholder", defaultPlaceholder!);

        await page.GetByTestId("new-conversation").ClickAsync();

        await Expect(page.GetByTestId("assessment-progress")).ToHaveCountAsync(0);
        await Expect(input).ToHaveAttributeAsync("placeholder", defaultPlaceholder!);
        (await ConversationIdAsync(page)).Should().NotBe(before);
    }

    private static ILocator LastReply(IPage page) => page.GetByTestId("message-bot").Last;

    private static async Task ExpectQuestionAsync(IPage page, int position)
    {
        var progress = LastReply(page).GetByTestId("assessment-progress");
        await Expect(progress).ToHaveTextAsync($"Question {position} of 13");
        await Expect(progress).ToHaveAttributeAsync("aria-valuenow", position.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    // Sends a typed message and waits until its replies are in (the Send button is enabled again).
    private static async Task SayAsync(IPage page, string text)
    {
        var sent = await page.GetByTestId("message-user").CountAsync();
        await page.GetByTestId("chat-input").FillAsync(text);
        await page.GetByTestId("chat-send").ClickAsync();
        await Expect(page.GetByTestId("message-user")).ToHaveCountAsync(sent + 1);
        await Expect(page.GetByTestId("typing")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("chat-send")).ToBeEnabledAsync();
    }

    private static Task<string> ConversationIdAsync(IPage page) =>
        page.EvaluateAsync<string>("() => localStorage.getItem('sourcingbot.conversationId')");

    private async Task<IPage> OpenAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.Bot.BaseAddress.ToString());
        await Expect(page.GetByTestId("chat-input")).ToBeVisibleAsync();
        return page;
    }
}
