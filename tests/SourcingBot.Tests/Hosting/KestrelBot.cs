using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace SourcingBot.Tests.Hosting;

/// <summary>The bot on a real Kestrel socket (loopback, a free port), for the browser and load tests.</summary>
public sealed class KestrelBot : IAsyncLifetime, IDisposable
{
    private readonly BotFactory _factory = new();

    public Uri BaseAddress { get; private set; } = null!;

    public Task InitializeAsync()
    {
        _factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    public void Dispose() => _factory.Dispose();
}
