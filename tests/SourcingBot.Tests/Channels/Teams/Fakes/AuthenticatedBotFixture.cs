using SourcingBot.Tests.Hosting;

namespace SourcingBot.Tests.Channels.Teams.Fakes;

/// <summary>The bot with credentials, trusting tokens of a local <see cref="TestTokenIssuer"/>.</summary>
public sealed class AuthenticatedBotFixture : IAsyncLifetime
{
    public TestTokenIssuer Issuer { get; private set; } = null!;

    public BotFactory Factory { get; private set; } = null!;

    public TeamsClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Issuer = await TestTokenIssuer.StartAsync();
        Factory = new BotFactory();
        foreach (var (key, value) in Issuer.BotSettings(TeamsSamples.AppId))
        {
            Factory.With(key, value);
        }

        Client = new TeamsClient(Factory.CreateClient());
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
