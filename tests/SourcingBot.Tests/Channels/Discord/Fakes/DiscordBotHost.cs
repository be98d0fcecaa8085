using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SourcingBot.Conversations.Engine;
using SourcingBot.Tests.Hosting;

namespace SourcingBot.Tests.Channels.Discord.Fakes;

/// <summary>
/// The bot on Kestrel, configured as a Discord application whose API is the fake Discord, with a fake
/// clock (waits happen when the test advances it) and an engine that a test can hold up (deferral).
/// </summary>
public sealed class DiscordBotHost : IAsyncLifetime
{
    private readonly Dictionary<string, string?> _settings;

    private BotFactory? _factory;

    public DiscordBotHost() => _settings = [];

    private DiscordBotHost(Dictionary<string, string?> settings) => _settings = settings;

    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    public DiscordSigner Signer { get; } = new();

    public GatedTurnHandler Turns { get; private set; } = null!;

    public FakeDiscord Discord { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Http { get; } = new();

    public IServiceProvider Services => _factory!.Services;

    public static DiscordBotHost WithSettings(params (string Key, string? Value)[] settings) =>
        new(settings.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.OrdinalIgnoreCase));

    public async Task InitializeAsync()
    {
        Discord = await FakeDiscord.StartAsync(Clock);
        _factory = new BotFactory()
            .With("Discord:PublicKey", Signer.PublicKeyHex)
            .With("Discord:ApplicationId", FakeDiscord.ApplicationId)
            .With("Discord:BotToken", FakeDiscord.BotToken)
            .With("Discord:ApiBaseUrl", Discord.ApiBaseUrl)
            .With("Discord:Rest:RetryDelay", "00:00:00")
            .With("Logging:LogLevel:Default", "Warning")
            .WithServices(services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                services.AddSingleton<ITurnHandler>(provider => Turns = new GatedTurnHandler(ActivatorUtilities.CreateInstance<ConversationEngine>(provider)));
            });
        foreach (var (key, value) in _settings)
        {
            _factory.With(key, value);
        }

        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());
        Http.BaseAddress = BaseAddress;
        Turns = (GatedTurnHandler)_factory.Services.GetRequiredService<ITurnHandler>();
    }

    /// <summary>Moves the fake clock on in steps (letting the bot run between them) until <paramref name="done"/>.</summary>
    public async Task AdvanceUntilAsync(Func<bool> done, TimeSpan step, int maximumSteps = 200)
    {
        for (var i = 0; i < maximumSteps && !done(); i++)
        {
            Clock.Advance(step);
            await Task.Delay(5);
        }
    }

    /// <summary>Stops the bot as a host shutdown does (the fake Discord stays up to receive what it still sends).</summary>
    public async Task StopBotAsync()
    {
        if (_factory is { } factory)
        {
            _factory = null;
            await factory.DisposeAsync();
        }
    }

    public async Task DisposeAsync()
    {
        // Let anything still waiting on the fake clock finish, so the host stops promptly.
        Clock.Advance(TimeSpan.FromHours(1));
        Http.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await Discord.DisposeAsync();
    }
}
