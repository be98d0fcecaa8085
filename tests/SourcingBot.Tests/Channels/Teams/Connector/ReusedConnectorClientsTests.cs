using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using SourcingBot.Channels.Teams.Connector;

namespace SourcingBot.Tests.Channels.Teams.Connector;

// One connector client per service URL and caller, shared by the turns that need it and never disposed by them.
public sealed class ReusedConnectorClientsTests : IDisposable
{
    private const string Emea = "https://smba.trafficmanager.net/emea/";
    private readonly ReusedConnectorClients _clients = new();
    private readonly CountingFactory _requestFactory = new();

    [Fact]
    public async Task ManyTurnsToOneServiceUrl_ShareOneClient_ThatATurnCannotDispose()
    {
        for (var turn = 0; turn < 3; turn++)
        {
            using var client = await CreateAsync(Emea, "bot-app");
            client.BaseUri.Should().Be(new Uri(Emea));
        }

        _requestFactory.Created.Should().ContainSingle();
        _requestFactory.Created[0].Disposed.Should().BeFalse();
    }

    [Fact]
    public async Task AnotherServiceUrlOrCaller_GetsItsOwnClient()
    {
        await CreateAsync(Emea, "bot-app");
        await CreateAsync("https://smba.trafficmanager.net/amer/", "bot-app");
        await CreateAsync(Emea, "other-app");

        _requestFactory.Created.Select(client => client.BaseUri.ToString()).Should().Equal(Emea, "https://smba.trafficmanager.net/amer/", Emea);
    }

    [Fact]
    public async Task PastTheBound_ClientsAreMadePerTurnAgain()
    {
        for (var i = 0; i < ReusedConnectorClients.MaximumClients + 5; i++)
        {
            using var turnClient = await CreateAsync($"https://service-{i}.example/", "bot-app");
        }

        using (await CreateAsync("https://one-more.example/", "bot-app"))
        {
        }

        _requestFactory.Created[^1].Disposed.Should().BeTrue("a client that is not kept belongs to its turn");
        _requestFactory.Created.Take(ReusedConnectorClients.MaximumClients).Should().OnlyContain(client => !client.Disposed);
    }

    [Fact]
    public async Task FailedCreation_IsTriedAgainByTheNextTurn()
    {
        _requestFactory.FailNext = true;
        var first = () => CreateAsync(Emea, "bot-app");
        await first.Should().ThrowAsync<InvalidOperationException>();

        using var second = await CreateAsync(Emea, "bot-app");

        second.BaseUri.Should().Be(new Uri(Emea));
    }

    public void Dispose()
    {
        _clients.Dispose();
        _requestFactory.Created.Should().OnlyContain(client => client.Disposed, "the shared clients are disposed with the host");
    }

    private Task<IConnectorClient> CreateAsync(string serviceUrl, string appId) =>
        _clients.For(_requestFactory, Caller(appId)).CreateAsync(serviceUrl, "audience", CancellationToken.None);

    private static ClaimsIdentity Caller(string appId) => new([new Claim(AuthenticationConstants.AppIdClaim, appId)]);

    private sealed class CountingFactory : ConnectorFactory
    {
        public List<TrackedClient> Created { get; } = [];

        public bool FailNext { get; set; }

        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
        {
            if (FailNext)
            {
                FailNext = false;
                return Task.FromException<IConnectorClient>(new InvalidOperationException("credentials unavailable"));
            }

            var client = new TrackedClient(new Uri(serviceUrl));
            lock (Created)
            {
                Created.Add(client);
            }

            return Task.FromResult<IConnectorClient>(client);
        }
    }

    private sealed class TrackedClient(Uri baseUri) : IConnectorClient
    {
        public bool Disposed { get; private set; }

        public Uri BaseUri { get; set; } = baseUri;

        public Newtonsoft.Json.JsonSerializerSettings SerializationSettings => new();

        public Newtonsoft.Json.JsonSerializerSettings DeserializationSettings => new();

        public Microsoft.Rest.ServiceClientCredentials Credentials => throw new NotSupportedException();

        public IAttachments Attachments => throw new NotSupportedException();

        public IConversations Conversations => throw new NotSupportedException();

        public void Dispose() => Disposed = true;
    }
}
