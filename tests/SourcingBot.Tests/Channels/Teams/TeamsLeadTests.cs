using Microsoft.Extensions.DependencyInjection;
using SourcingBot.Storage;
using SourcingBot.Tests.Channels.Teams.Fakes;

namespace SourcingBot.Tests.Channels.Teams;

// "Talk to an expert" in Teams: typed answers, then the consent card's button; the lead lands in the store.
public sealed class TeamsLeadTests(TeamsBotFixture bot) : IClassFixture<TeamsBotFixture>
{
    [Fact]
    public async Task TalkToAnExpert_TypedDetailsAndTheConsentButton_StoreTheLead()
    {
        var conversation = TeamsSamples.Fresh("message-personal").Text("talk to an expert");
        (await bot.Client.AskAsync(conversation)).Should().Contain(reply => reply.Text().Contains("What's your name?", StringComparison.Ordinal));
        IReadOnlyList<System.Text.Json.Nodes.JsonObject> replies = [];
        foreach (var text in new[] { "Ben Okafor", "ben@okafor-freight.example", "Okafor Freight", "Tuesday afternoons" })
        {
            replies = await bot.Client.AskAsync(TeamsSamples.Load("message-personal").In(conversation).Text(text));
        }

        var consent = replies.Should().ContainSingle().Subject;
        consent.Text().Should().Contain("Do you agree");
        var yes = consent.Submit("Yes, contact me")["data"]!.DeepClone().AsObject();

        var thanks = await bot.Client.AskAsync(TeamsSamples.Load("message-card-submit").In(conversation).Submit(yes));

        thanks.Should().ContainSingle().Which.Text().Should().Contain("An expert will contact you");
        var leads = await bot.Factory.Services.GetRequiredService<IInsightStore>().LeadsAsync(DateTimeOffset.UnixEpoch, CancellationToken.None);
        leads.Should().Contain(stored => stored.Lead.Details.Email == "ben@okafor-freight.example" && stored.Lead.Channel == "teams");
    }
}
