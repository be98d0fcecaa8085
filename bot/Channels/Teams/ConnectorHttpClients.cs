namespace SourcingBot.Channels.Teams;

/// <summary>
/// The HTTP clients the SDK asks for (it asks for the default client by no name) come from one named,
/// configured client: replies to Teams retry on 429 as Teams' Retry-After says, and tests can swap the
/// handler to capture them.
/// </summary>
internal sealed class ConnectorHttpClients(IHttpClientFactory factory) : IHttpClientFactory
{
    public const string Name = "TeamsConnector";

    public HttpClient CreateClient(string name) => factory.CreateClient(Name);
}
