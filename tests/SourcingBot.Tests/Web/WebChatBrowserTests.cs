using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SourcingBot.Tests.Web;

public sealed class WebChatBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task WebChat_AskQuestion_ShowsAnswerWithSources_ThenFollowUpAnswers()
    {
        var page = await OpenAsync();

        await page.GetByTestId("chat-input").FillAsync("What is nearshoring?");
        await page.GetByTestId("chat-send").ClickAsync();

        var answer = page.GetByTestId("message-bot").Last;
        await Expect(answer).ToHaveAttributeAsync("data-topic", "define-nearshoring");
        await Expect(answer.GetByTestId("reply-title")).ToContainTextAsync("earshor");
        await Expect(answer.GetByTestId("reply-source").First.Locator("a")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^https?://"));
        var suggestion = answer.GetByTestId("reply-suggestion").First;
        var label = await suggestion.InnerTextAsync();

        await suggestion.ClickAsync();

        await Expect(page.GetByTestId("message-user").Last).ToHaveTextAsync(label);
        var next = page.GetByTestId("message-bot").Last;
        await Expect(next.GetByTestId("reply-title")).ToHaveTextAsync(label);
        await Expect(next.GetByTestId("reply-text")).Not.ToBeEmptyAsync();
    }

    [Fact]
    public async Task WebChat_KeyboardOnly_SendsWithEnterAndActivatesASuggestion()
    {
        var page = await OpenAsync();

        await page.GetByTestId("chat-input").FocusAsync();
        await page.Keyboard.TypeAsync("what are the risks of offshoring");
        await page.Keyboard.PressAsync("Enter");
        var answer = page.GetByTestId("message-bot").Last;
        await Expect(answer).ToHaveAttributeAsync("data-topic", "risks-offshoring");
        await Expect(page.GetByTestId("chat-input")).ToBeFocusedAsync();

        var suggestion = answer.GetByTestId("reply-suggestion").First;
        await suggestion.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByTestId("message-user")).ToHaveCountAsync(2);
    }

    [Fact]
    public async Task WebChat_ComparisonAndHtmlInText_RendersTableAndEscapesMarkup()
    {
        var page = await OpenAsync();

        await page.GetByTestId("chat-input").FillAsync("<img src=x onerror=alert(1)> compare nearshore outsourcing and offshore outsourcing");
        await page.GetByTestId("chat-send").ClickAsync();

        await Expect(page.GetByTestId("message-user").Last).ToContainTextAsync("<img src=x");
        await Expect(page.Locator(".message img")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("message-bot").Last).ToBeVisibleAsync();
    }

    private async Task<IPage> OpenAsync()
    {
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(browser.Bot.BaseAddress.ToString());
        await Expect(page.GetByTestId("chat-input")).ToBeVisibleAsync();
        return page;
    }
}
