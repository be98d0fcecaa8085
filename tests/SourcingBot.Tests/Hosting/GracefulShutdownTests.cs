using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace SourcingBot.Tests.Hosting;

// SIGTERM, as a container runtime sends it before replacing an instance: the bot stops accepting connections at
// once, the turn in flight still gets its answer, and the process exits cleanly; a turn that would outlast
// Shutdown:Timeout does not keep the process alive.
public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task Sigterm_WithATurnInFlight_StopsAcceptingFinishesTheTurnAndExitsCleanly()
    {
        await using var bot = await BotProcess.StartAsync("--Shutdown:Timeout=00:00:30");
        using var http = bot.CreateClient();
        var body = new HeldBackContent(Request("what is nearshoring?"));
        var inFlight = http.PostAsync("/api/chat", body);
        await body.FirstHalfSent;

        await bot.TerminateAsync();
        await WaitUntilRefusedAsync(bot.BaseAddress);
        body.SendTheRest();

        using var response = await inFlight;
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var replies = (await response.Content.ReadFromJsonAsync<JsonObject>())!["replies"]!.AsArray();
        replies.Last().Kind().Should().Be("answer");
        (await bot.WaitForExitAsync(TimeSpan.FromSeconds(30))).Should().Be(0, bot.Output);
    }

    [Fact]
    public async Task Sigterm_TurnOutlastingTheShutdownTimeout_ProcessStillExits()
    {
        await using var bot = await BotProcess.StartAsync("--Shutdown:Timeout=00:00:01");
        using var http = bot.CreateClient();
        var body = new HeldBackContent(Request("what is offshoring?"));
        var stuck = http.PostAsync("/api/chat", body);
        await body.FirstHalfSent;

        await bot.TerminateAsync();

        // Well under the 30 s a default timeout would wait.
        await bot.WaitForExitAsync(TimeSpan.FromSeconds(20));
        body.SendTheRest();
        await FluentActions.Awaiting(() => stuck).Should().ThrowAsync<HttpRequestException>();
    }

    private static byte[] Request(string text) => Encoding.UTF8.GetBytes(
        new JsonObject { ["conversationId"] = $"shutdown-{Guid.NewGuid():N}", ["userId"] = "test-user", ["text"] = text }.ToJsonString());

    private static async Task WaitUntilRefusedAsync(Uri address)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            // A new client opens a new connection each time.
            using var fresh = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
            try
            {
                using var response = await fresh.GetAsync("/healthz");
            }
            catch (HttpRequestException)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The bot kept accepting new connections after SIGTERM.");
    }

    // A request body sent in two halves: the second only when the test says so, so the request is in flight meanwhile.
    private sealed class HeldBackContent : HttpContent
    {
        private readonly byte[] _body;
        private readonly TaskCompletionSource _firstHalfSent = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _rest = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public HeldBackContent(byte[] body)
        {
            _body = body;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        public Task FirstHalfSent => _firstHalfSent.Task;

        public void SendTheRest() => _rest.TrySetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var half = _body.Length / 2;
            await stream.WriteAsync(_body.AsMemory(0, half));
            await stream.FlushAsync();
            _firstHalfSent.TrySetResult();
            await _rest.Task;
            await stream.WriteAsync(_body.AsMemory(half));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _body.Length;
            return true;
        }
    }
}
