using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace SourcingBot.Channels.Teams.Connector;

/// <summary>
/// Keeps one connector client per service URL, audience and bot id instead of the SDK's new client per request
/// (whose construction parses a regular expression and allocates a finalizable client, while an
/// <c>expectReplies</c> turn never sends through it). A connector client is safe to share: each call makes its
/// own request, and its credentials cache their token. Bounded, because in unauthenticated mode a caller
/// chooses the service URL: past <see cref="MaximumClients"/> a client is made for the one request, as before.
/// </summary>
internal sealed class ReusedConnectorClients : IDisposable
{
    public const int MaximumClients = 64;

    private readonly ConcurrentDictionary<(string ServiceUrl, string? Audience, string Caller), Lazy<Task<IConnectorClient>>> _clients = new();

    /// <summary>The factory of one authenticated request, answering from (and filling) the shared clients.</summary>
    public ConnectorFactory For(ConnectorFactory requestFactory, ClaimsIdentity? identity) =>
        new Factory(this, requestFactory, CallerKey(identity));

    // Who the request's credentials were made for (the token's audience and app id claims; none when unauthenticated).
    private static string CallerKey(ClaimsIdentity? identity) => string.Join(
        '|', identity?.FindFirst(AuthenticationConstants.AudienceClaim)?.Value, identity?.FindFirst(AuthenticationConstants.AppIdClaim)?.Value,
        identity?.FindFirst(AuthenticationConstants.AuthorizedParty)?.Value);

    public void Dispose()
    {
        foreach (var client in _clients.Values.Where(client => client.IsValueCreated && client.Value.IsCompletedSuccessfully))
        {
            client.Value.Result.Dispose();
        }

        _clients.Clear();
    }

    private async Task<IConnectorClient> GetAsync(ConnectorFactory requestFactory, string appId, string serviceUrl, string? audience, CancellationToken cancellationToken)
    {
        var key = (serviceUrl, audience, appId);
        if (!_clients.TryGetValue(key, out var shared))
        {
            if (_clients.Count >= MaximumClients)
            {
                return await requestFactory.CreateAsync(serviceUrl, audience, cancellationToken);
            }

            shared = _clients.GetOrAdd(key, _ => new Lazy<Task<IConnectorClient>>(() => requestFactory.CreateAsync(serviceUrl, audience, CancellationToken.None)));
        }

        try
        {
            return new SharedConnectorClient(await shared.Value.WaitAsync(cancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A failed creation is not kept: the next request tries again.
            _clients.TryRemove(new KeyValuePair<(string, string?, string), Lazy<Task<IConnectorClient>>>(key, shared));
            throw;
        }
    }

    private sealed class Factory(ReusedConnectorClients clients, ConnectorFactory requestFactory, string appId) : ConnectorFactory
    {
        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
            clients.GetAsync(requestFactory, appId, serviceUrl, audience, cancellationToken);
    }
}
