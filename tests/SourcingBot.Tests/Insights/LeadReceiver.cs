using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SourcingBot.Tests.Insights;

/// <summary>A leads webhook on a real loopback socket that answers 503 to its first requests, then 200, keeping what it received.</summary>
public sealed class LeadReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _failuresLeft;

    private LeadReceiver(WebApplication app, int failures)
    {
        _app = app;
        _failuresLeft = failures;
    }

    public Uri Url { get; private set; } = null!;

    public ConcurrentQueue<(int Status, string Body, string Timestamp, string Signature)> Requests { get; } = new();

    public static async Task<LeadReceiver> StartAsync(int failures)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new LeadReceiver(app, failures);
        app.Run(async context =>
        {
            var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
            var status = Interlocked.Decrement(ref receiver._failuresLeft) >= 0 ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
            receiver.Requests.Enqueue((status, body, context.Request.Headers["X-SourcingBot-Timestamp"].ToString(),
                context.Request.Headers["X-SourcingBot-Signature"].ToString()));
            context.Response.StatusCode = status;
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(new Uri(address), "/leads");
        return receiver;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
