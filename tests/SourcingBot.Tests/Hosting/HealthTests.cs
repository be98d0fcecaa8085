using System.Net;

namespace SourcingBot.Tests.Hosting;

public sealed class HealthTests(BotFactory factory) : IClassFixture<BotFactory>
{
    [Fact]
    public async Task Healthz_Always_Returns200()
    {
        using var response = await factory.CreateClient().GetAsync("/healthz");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Readyz_AfterWarmUp_Returns200()
    {
        var client = factory.CreateClient();
        var deadline = TimeProvider.System.GetTimestamp() + (TimeProvider.System.TimestampFrequency * 30);
        HttpStatusCode status;
        do
        {
            using var response = await client.GetAsync("/readyz");
            status = response.StatusCode;
            if (status == HttpStatusCode.OK)
            {
                break;
            }

            status.Should().Be(HttpStatusCode.ServiceUnavailable);
            await Task.Delay(50);
        }
        while (TimeProvider.System.GetTimestamp() < deadline);

        status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Root_ServesTheWebChatPage()
    {
        using var response = await factory.CreateClient().GetAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await response.Content.ReadAsStringAsync()).Should().Contain("SourcingBot").And.Contain("app.js");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("default-src 'self'").And.Contain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
    }
}
