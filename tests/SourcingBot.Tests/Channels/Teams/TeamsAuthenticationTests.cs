using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;
using SourcingBot.Channels.Teams;
using SourcingBot.Channels.Teams.Connector;

namespace SourcingBot.Tests.Channels.Teams;

// The guard around the SDK's authentication: whatever the SDK throws, or however long it waits for the
// identity service, the request ends as a refusal (401) within the configured time.
public sealed class TeamsAuthenticationTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AuthenticateRequestAsync_IdentityServiceSilent_IsRefusedWhenTheTimeoutRunsOut()
    {
        var time = new FakeTimeProvider();
        var authentication = new TeamsAuthentication(new Inner(() => new TaskCompletionSource<AuthenticateRequestResult>().Task), Timeout, time, new ReusedConnectorClients());

        var attempt = authentication.AuthenticateRequestAsync(new Activity(), "Bearer token", CancellationToken.None);
        time.Advance(Timeout - TimeSpan.FromMilliseconds(1));
        var completedBeforeTheTimeout = attempt.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(1));

        completedBeforeTheTimeout.Should().BeFalse();
        await attempt.Invoking(task => task).Should().ThrowAsync<UnauthorizedAccessException>().WithMessage("*did not answer within 10 s*");
    }

    [Fact]
    public async Task AuthenticateRequestAsync_MalformedToken_IsRefused()
    {
        var authentication = new TeamsAuthentication(
            new Inner(() => Task.FromException<AuthenticateRequestResult>(new ArgumentException("IDX12741: JWT is not well formed"))), Timeout, TimeProvider.System, new ReusedConnectorClients());

        var attempt = () => authentication.AuthenticateRequestAsync(new Activity(), "Bearer garbage", CancellationToken.None);

        (await attempt.Should().ThrowAsync<UnauthorizedAccessException>()).Which.InnerException.Should().BeOfType<ArgumentException>();
    }

    private sealed class Inner(Func<Task<AuthenticateRequestResult>> authenticate) : BotFrameworkAuthentication
    {
        public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
            authenticate();

        public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
            authenticate();

        public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => throw new NotSupportedException();

        public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override BotFrameworkClient CreateBotFrameworkClient() => throw new NotSupportedException();
    }
}
