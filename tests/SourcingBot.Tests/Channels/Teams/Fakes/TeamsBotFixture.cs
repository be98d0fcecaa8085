using Microsoft.Extensions.DependencyInjection;
using SourcingBot.Channels.Teams;
using SourcingBot.Tests.Hosting;

namespace SourcingBot.Tests.Channels.Teams.Fakes;

/// <summary>The bot in the test host without credentials (as with Agents Playground), replies going to a fake connector.</summary>
public sealed class TeamsBotFixture : IAsyncLifetime
{
    public FakeConnector Connector { get; } = new();

    public BotFactory Factory { get; private set; } = null!;

    public TeamsClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Factory = Configure(new BotFactory(), Connector);
        Client = new TeamsClient(Factory.CreateClient());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>Sends the bot's replies to <paramref name="connector"/> instead of Teams.</summary>
    public static BotFactory Configure(BotFactory factory, FakeConnector connector) =>
        factory.WithServices(services => services.AddHttpClient(ConnectorHttpClients.Name).ConfigurePrimaryHttpMessageHandler(connector.Handler));
}
