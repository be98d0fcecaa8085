using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SourcingBot.Tests.Channels.Teams.Fakes;

/// <summary>
/// A local stand-in for the Bot Framework token service: an OpenID configuration and a JWKS (its key
/// endorsed for <c>msteams</c>) served over HTTPS on loopback, and tokens signed with its RSA key.
/// </summary>
public sealed class TestTokenIssuer : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.test";

    private const string KeyId = "sourcingbot-test-key";

    private readonly WebApplication _app;

    private TestTokenIssuer(WebApplication app, RSA key)
    {
        _app = app;
        Key = key;
    }

    public RSA Key { get; }

    public Uri MetadataUrl { get; private set; } = null!;

    public static async Task<TestTokenIssuer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(TestTrust.Certificate)));
        var app = builder.Build();
        var issuer = new TestTokenIssuer(app, RSA.Create(2048));
        app.MapGet("/v1/.well-known/openidconfiguration", (HttpRequest request) => Results.Text(new JsonObject
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = $"https://{request.Host}/v1/authorize",
            ["jwks_uri"] = $"https://{request.Host}/v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        }.ToJsonString(), "application/json"));
        app.MapGet("/v1/.well-known/keys", () => Results.Text(issuer.Jwks().ToJsonString(), "application/json"));
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        issuer.MetadataUrl = new Uri(address, "/v1/.well-known/openidconfiguration");
        return issuer;
    }

    /// <summary>The configuration that points the bot at this issuer instead of the Bot Framework's.</summary>
    public IReadOnlyDictionary<string, string> BotSettings(string appId) => new Dictionary<string, string>
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = appId,
        ["MicrosoftAppPassword"] = "not-used-in-these-tests",
        ["ToBotFromChannelOpenIdMetadataUrl"] = MetadataUrl.AbsoluteUri,
        ["ToBotFromChannelTokenIssuer"] = Issuer,
        ["ToChannelFromBotLoginUrl"] = "https://login.botframework.test/botframework.com",
        ["ToChannelFromBotOAuthScope"] = "https://api.botframework.test",
        ["OAuthUrl"] = "https://token.botframework.test",
    };

    /// <summary>A token as the channel sends it, unless a parameter says otherwise.</summary>
    public string Token(
        string audience, Uri serviceUrl, RSA? signingKey = null, string issuer = Issuer, TimeSpan? expiresIn = null, string? serviceUrlClaim = null)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var expires = now + (expiresIn ?? TimeSpan.FromMinutes(30));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expires.AddHours(-1),
            NotBefore = expires.AddHours(-1),
            Expires = expires,
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrlClaim ?? serviceUrl.AbsoluteUri)]),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(signingKey ?? Key) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>A token with <c>alg: none</c> and no signature.</summary>
    public static string UnsignedToken(string audience, Uri serviceUrl)
    {
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = KeyId };
        var payload = new JsonObject
        {
            ["iss"] = Issuer,
            ["aud"] = audience,
            ["nbf"] = now - 60,
            ["exp"] = now + 1800,
            ["serviceurl"] = serviceUrl.AbsoluteUri,
        };
        return $"{Base64Url(header)}.{Base64Url(payload)}.";
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Key.Dispose();
    }

    private JsonObject Jwks()
    {
        var parameters = Key.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                ["endorsements"] = new JsonArray("msteams"),
            }),
        };
    }

    private static string Base64Url(JsonObject json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json.ToJsonString()));
}
