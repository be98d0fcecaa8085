using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SourcingBot.Conversations.Insights;
using SourcingBot.Conversations.State;
using SourcingBot.Insights;
using SourcingBot.Storage;

namespace SourcingBot.Tests.Insights;

public sealed class InsightRetentionTests
{
    [Fact]
    public async Task Cleanup_EveryInterval_DeletesQuestionsOlderThanTheRetention()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));
        var store = new InMemoryInsightStore();
        await store.RecordAsync(new TurnRecord([Question("old", time.GetUtcNow().AddDays(-31)), Question("recent", time.GetUtcNow().AddDays(-30).AddHours(2))], [], null), default);
        using var retention = new InsightRetention(
            store,
            Options.Create(new InsightsOptions { Retention = TimeSpan.FromDays(30) }),
            Options.Create(new ConversationStoreOptions { CleanupInterval = TimeSpan.FromHours(1) }),
            time,
            NullLogger<InsightRetention>.Instance);

        await retention.StartAsync(default);
        (await WithinAsync(async () => (await Texts(store)).SequenceEqual(["recent"]))).Should().BeTrue("the first clean-up runs at start");
        var cleaned = false;
        for (var hour = 0; hour < 4 && !cleaned; hour++)
        {
            time.Advance(TimeSpan.FromHours(1));
            cleaned = await WithinAsync(async () => (await Texts(store)).Count == 0, attempts: 3);
        }

        await retention.StopAsync(default);

        cleaned.Should().BeTrue("two hours later the recent question is past the retention too");
    }

    private static RecordedQuestion Question(string text, DateTimeOffset at) => new(text, at, "web", null, 0.2, "declined");

    private static async Task<List<string>> Texts(InMemoryInsightStore store) =>
        (await store.QuestionsAsync(DateTimeOffset.UnixEpoch, default)).Select(question => question.Text).ToList();

    private static async Task<bool> WithinAsync(Func<Task<bool>> condition, int attempts = 50)
    {
        for (var attempt = 0; attempt < attempts && !await condition(); attempt++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        return await condition();
    }
}
