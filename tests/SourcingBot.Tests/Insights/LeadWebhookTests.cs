using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SourcingBot.Insights;
using SourcingBot.Storage;
using SourcingBot.Tests.Hosting;

namespace SourcingBot.Tests.Insights;

// A lead left in the web chat reaches the operator's webhook, signed, even when the receiver fails at first:
// the typed client's retries give up, the lead waits in the outbox, and the background delivery sends it later.
public sealed class LeadWebhookTests
{
    private const string Secret = "a-test-secret-of-some-length";

    [Fact]
    public async Task NewLead_ReceiverFailsThenSucceeds_IsDeliveredOnceSigned_AndMarkedDelivered()
    {
        await using var receiver = await LeadReceiver.StartAsync(failures: 4);
        await using var factory = new BotFactory()
            .With("Leads:WebhookUrl", receiver.Url.ToString())
            .With("Leads:WebhookSecret", Secret)
            .With("Leads:RetryInterval", "00:00:00.5");
        var chat = new ChatClient(factory.CreateClient());

        await LeaveLeadAsync(chat);

        var delivered = await WithinAsync(() => receiver.Requests.Any(request => request.Status == 200));
        delivered.Should().BeTrue($"the lead is retried until the receiver accepts it; requests: {receiver.Requests.Count}");
        receiver.Requests.Count(request => request.Status == 200).Should().Be(1);
        receiver.Requests.Count.Should().Be(5, "four refused attempts, then the one that succeeded");
        var (_, body, timestamp, signature) = receiver.Requests.Last();
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
        signature.Should().Be(expected);
        var json = JsonNode.Parse(body)!;
        json["email"]!.GetValue<string>().Should().Be("ana@lima-logistics.com");
        json["company"]!.GetValue<string>().Should().Be("Lima Logistics");
        var store = factory.Services.GetRequiredService<IInsightStore>();
        (await WithinAsync(async () => (await store.LeadsAsync(DateTimeOffset.UnixEpoch, CancellationToken.None)).Single().DeliveredAt is not null))
            .Should().BeTrue("the outbox records the delivery");
    }

    [Fact]
    public async Task ForgetMe_ErasesTheStoredLead_AndRecordedQuestionsKeepNoUserIdByDefault()
    {
        await using var factory = new BotFactory();
        var chat = new ChatClient(factory.CreateClient());
        var store = factory.Services.GetRequiredService<IInsightStore>();
        await chat.SayAsync("how do I open an offshore bank account");
        await LeaveLeadAsync(chat);
        await factory.Services.GetRequiredService<InsightWriteBehind>().FlushAsync(CancellationToken.None);
        (await store.LeadsAsync(DateTimeOffset.UnixEpoch, CancellationToken.None)).Should().ContainSingle();
        (await store.QuestionsAsync(DateTimeOffset.UnixEpoch, CancellationToken.None)).Should().ContainSingle().Which.UserId.Should().BeNull();

        await chat.SayAsync("forget me");

        (await store.LeadsAsync(DateTimeOffset.UnixEpoch, CancellationToken.None)).Should().BeEmpty();
    }

    [Fact]
    public async Task RecordUserIds_On_KeepsTheUserId_AndForgetMeErasesTheirQuestions()
    {
        await using var factory = new BotFactory().With("Insights:RecordUserIds", "true");
        var chat = new ChatClient(factory.CreateClient());
        var store = factory.Services.GetRequiredService<IInsightStore>();
        await chat.SayAsync("how do I open an offshore bank account");
        await factory.Services.GetRequiredService<InsightWriteBehind>().FlushAsync(CancellationToken.None);
        (await store.QuestionsAsync(DateTimeOffset.UnixEpoch, CancellationToken.None)).Should().ContainSingle().Which.UserId.Should().Be("test-user");

        await chat.SayAsync("forget me");

        (await store.QuestionsAsync(DateTimeOffset.UnixEpoch, CancellationToken.None)).Should().BeEmpty();
    }

    private static async Task LeaveLeadAsync(ChatClient chat)
    {
        foreach (var text in new[] { "talk to an expert", "Ana Lima", "ana@lima-logistics.com", "Lima Logistics", "weekday mornings" })
        {
            await chat.SayAsync(text);
        }

        var consent = await chat.SayAsync("yes");
        ChatClient.Text(consent[0]!, "text").Should().Contain("An expert will contact you");
    }

    private static Task<bool> WithinAsync(Func<bool> condition) => WithinAsync(() => Task.FromResult(condition()));

    private static async Task<bool> WithinAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        return false;
    }
}
