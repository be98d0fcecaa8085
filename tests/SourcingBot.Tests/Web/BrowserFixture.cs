using Microsoft.Playwright;
using SourcingBot.Tests.Hosting;

namespace SourcingBot.Tests.Web;

/// <summary>Debian's Chromium, headless, driven by Playwright, against the bot on Kestrel.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public KestrelBot Bot { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Bot.InitializeAsync();
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        File.Exists(chromium).Should().BeTrue($"the browser tests need Chromium at {chromium}: apt-get install chromium (or set CHROMIUM_PATH)");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Bot.DisposeAsync();
    }
}
