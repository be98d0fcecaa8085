using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace SourcingBot.Tests.Hosting;

// Spans are listened to process-wide, so the turns of tests running alongside would be counted too (a reply kind
// "Recommendation" of another test's turn contains the text "recommend" typed here): these tests run alone.
[Collection(nameof(TelemetryTests))]
[CollectionDefinition(nameof(TelemetryTests), DisableParallelization = true)]
public sealed class TelemetryTests
{
    [Fact]
    public async Task Turns_AreTracedAndCounted_WithoutUserText()
    {
        string[] texts = ["what is nearshoring?", "how do I open an offshore bank account", "recommend", "cost and talent", "cancel"];

        var (turns, metrics) = await ConverseAsync(texts);
        turns.Select(span => span.GetTagItem("sourcingbot.outcome")).Should()
            .Contain(["answered", "unanswered", "assessment-started", "assessment-step", "assessment-abandoned"]);
        turns.Should().Contain(span => span.GetTagItem("sourcingbot.topic") as string == "define-nearshoring");
        turns.Should().Contain(span => span.GetTagItem("sourcingbot.step") as string == "function");
        var tagValues = turns.SelectMany(span => span.TagObjects).Select(tag => tag.Value?.ToString() ?? string.Empty).ToArray();
        tagValues.Should().NotContain(value => texts.Any(text => value.Contains(text, StringComparison.OrdinalIgnoreCase)), "spans never carry what users typed");
        metrics.Select(metric => metric.Name).Should().Contain(
            ["sourcingbot.turn.duration", "sourcingbot.answers", "sourcingbot.answers.unanswered", "sourcingbot.assessments.started",
             "sourcingbot.assessments.abandoned", "sourcingbot.store.duration"]);
    }

    [Fact]
    public async Task LeadDialog_IsTracedStepByStep_AndTheLeadIsCounted_WithoutItsDetails()
    {
        string[] texts = ["talk to an expert", "Ana Lima", "ana@lima-logistics.com", "Lima Logistics", "mornings", "yes"];

        var (turns, metrics) = await ConverseAsync(texts);
        turns.Select(span => span.GetTagItem("sourcingbot.outcome") as string).Should()
            .Equal("lead-started", "lead-step", "lead-step", "lead-step", "lead-step", "lead-created");
        turns.SelectMany(span => span.TagObjects).Select(tag => tag.Value?.ToString() ?? string.Empty).Should()
            .NotContain(value => texts.Skip(1).Any(text => value.Contains(text, StringComparison.OrdinalIgnoreCase)), "spans never carry contact details");
        metrics.Should().Contain(metric => metric.Name == "sourcingbot.leads");
    }

    [Fact]
    public async Task MetricsEndpoint_ServesPrometheusText_OnlyWhenConfigured()
    {
        await using var on = new BotFactory().With("Telemetry:PrometheusEndpoint", "true");
        await using var off = new BotFactory();
        await new ChatClient(on.CreateClient()).SayAsync("what is offshoring?");

        var scraped = await on.CreateClient().GetStringAsync(new Uri("/metrics", UriKind.Relative));
        using var absent = await off.CreateClient().GetAsync(new Uri("/metrics", UriKind.Relative));

        scraped.Should().Contain("sourcingbot_turn_duration").And.Contain("sourcingbot_answers");
        absent.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    // Runs one web-chat conversation with in-memory exporters; returns its turn spans and every metric exported.
    private static async Task<(Activity[] Turns, List<Metric> Metrics)> ConverseAsync(IEnumerable<string> texts)
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        await using var factory = new BotFactory().WithServices(services =>
        {
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
            services.ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics));
        });
        var chat = new ChatClient(factory.CreateClient());
        foreach (var text in texts)
        {
            await chat.SayAsync(text);
        }

        factory.Services.GetRequiredService<TracerProvider>().ForceFlush();
        factory.Services.GetRequiredService<MeterProvider>().ForceFlush();
        return (spans.Where(span => span.DisplayName == "turn" && span.GetTagItem("sourcingbot.channel") as string == "api").ToArray(), metrics);
    }
}
