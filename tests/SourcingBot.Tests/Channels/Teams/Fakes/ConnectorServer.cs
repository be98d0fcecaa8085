using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SourcingBot.Tests.Channels.Teams.Fakes;

/// <summary>A <see cref="FakeConnector"/> on a real loopback socket, to be an activity's service URL.</summary>
public sealed class ConnectorServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ConnectorServer(WebApplication app, FakeConnector connector, Uri address)
    {
        _app = app;
        Connector = connector;
        ServiceUrl = address;
    }

    public FakeConnector Connector { get; }

    public Uri ServiceUrl { get; }

    public static async Task<ConnectorServer> StartAsync()
    {
        var connector = new FakeConnector();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(async context =>
        {
            var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
            var answer = connector.Record(
                new HttpMethod(context.Request.Method),
                Uri.UnescapeDataString(context.Request.Path.ToUriComponent()),
                body,
                context.Request.Headers.Authorization.ToString());
            await context.Response.WriteAsJsonAsync(answer, context.RequestAborted);
        });
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new ConnectorServer(app, connector, address);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
