using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using SourcingBot.Tests.Channels.Teams.Fakes;
using SourcingBot.Tests.Hosting;

namespace SourcingBot.Tests.Channels.Teams;

// Over real sockets: the bot on Kestrel, and a connector service on another loopback port as the
// activity's service URL, as in a deployment.
public sealed class TeamsKestrelTests
{
    [Fact]
    public async Task ChannelMessage_OverHttp_ReplyIsPostedToTheServiceUrlInTheThread()
    {
        await using var connector = await ConnectorServer.StartAsync();
        await using var factory = new BotFactory();
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var http = new HttpClient { BaseAddress = address };
        var message = TeamsSamples.Fresh("message-channel-mention").ServiceUrl(connector.ServiceUrl);
        var thread = message.ConversationId();

        var response = await new TeamsClient(http).SendAsync(message);

        response.Status.Should().Be(HttpStatusCode.OK);
        var replies = connector.Connector.Calls.Where(call => call.ConversationId == thread).ToArray();
        replies.Should().OnlyContain(call => call.Method == HttpMethod.Post
            && call.Path == $"/v3/conversations/{thread}/activities/{message["id"]!.GetValue<string>()}");
        replies.Select(call => call.Body!).Select(body => body.Title()).Should().Contain("What is nearshoring?");
        replies.Should().OnlyContain(call => call.Bytes < 28 * 1024);
    }
}
