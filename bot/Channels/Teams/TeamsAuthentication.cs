using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using SourcingBot.Channels.Teams.Connector;

namespace SourcingBot.Channels.Teams;

/// <summary>
/// The SDK's authentication (ConfigurationBotFrameworkAuthentication), made to refuse every request it
/// cannot authenticate with an <see cref="UnauthorizedAccessException"/>, which the endpoint answers with
/// 401: the SDK throws other exceptions for malformed tokens and when the identity service cannot be
/// reached, and it waits for that service as long as its HTTP client lets it (100 s), so the wait is
/// capped here. Connector clients are shared between requests (<see cref="ReusedConnectorClients"/>) and the
/// user-token client is made only if a turn uses it (<see cref="DeferredUserTokenClient"/>).
/// </summary>
internal sealed class TeamsAuthentication(
    BotFrameworkAuthentication inner, TimeSpan timeout, TimeProvider timeProvider, ReusedConnectorClients connectors) : BotFrameworkAuthentication
{
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await GuardAsync(() => inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken), cancellationToken);
        result.ConnectorFactory = connectors.For(result.ConnectorFactory, result.ClaimsIdentity);
        return result;
    }

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        GuardAsync(() => inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken), cancellationToken);

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        GuardAsync(() => inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken), cancellationToken);

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => inner.CreateConnectorFactory(claimsIdentity);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new DeferredUserTokenClient(() => inner.CreateUserTokenClientAsync(claimsIdentity, CancellationToken.None)));

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    private async Task<T> GuardAsync<T>(Func<Task<T>> authenticate, CancellationToken cancellationToken)
    {
        try
        {
            return await authenticate().WaitAsync(timeout, timeProvider, cancellationToken);
        }
        catch (UnauthorizedAccessException)
        {
            throw;
        }
        catch (TimeoutException)
        {
            throw new UnauthorizedAccessException(
                $"The identity service did not answer within {timeout.TotalSeconds:0.#} s, so the token could not be checked.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A token the SDK cannot parse (ArgumentException, SecurityTokenMalformedException), a bad signature
            // (SecurityTokenInvalidSignatureException), or metadata it cannot fetch (InvalidOperationException, IOException).
            throw new UnauthorizedAccessException($"The token could not be validated ({exception.GetType().Name}).", exception);
        }
    }
}
