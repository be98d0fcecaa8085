using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SourcingBot.Channels.Discord;
using SourcingBot.Tests.Channels.Discord.Fakes;
using SourcingBot.Tests.Hosting;

namespace SourcingBot.Tests.Channels.Discord.Interactions;

// A Discord:PublicKey of the right form that is no Ed25519 public key could verify no interaction: the bot
// refuses to start and names the setting, instead of answering every interaction 401 (or 500) later.
public sealed class PublicKeyConfigurationTests
{
    [Theory]
    [InlineData("0200000000000000000000000000000000000000000000000000000000000000")] // no point of the curve
    [InlineData("0100000000000000000000000000000000000000000000000000000000000000")] // the neutral point
    [InlineData("0300000000000000000000000000000000000000000000000000000000000000")] // a point outside the prime-order group
    public void Start_PublicKeyThatIsNoEd25519Key_FailsNamingTheSetting(string publicKey)
    {
        // The host's start-up validation, on the Discord services alone: a test host that fails to start can
        // surface its own disposal instead of the validation error.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:PublicKey"] = publicKey }).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddDiscordRest().BuildServiceProvider();

        services.Invoking(provider => provider.GetRequiredService<IStartupValidator>().Validate())
            .Should().Throw<OptionsValidationException>()
            .WithMessage("*Discord:PublicKey is not an Ed25519 public key*");
    }

    [Fact]
    public async Task Start_GenuinePublicKeyInUpperCase_VerifiesSignedInteractions()
    {
        var signer = new DiscordSigner();
        using var factory = new BotFactory().With("Discord:PublicKey", signer.PublicKeyHex.ToUpperInvariant());
        var body = """{"id":"1","application_id":"100000000000000001","type":1,"token":"t","version":1}"""u8.ToArray();
        var timestamp = DiscordSigner.Timestamp(TimeProvider.System.GetUtcNow());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/discord/interactions") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Signature-Ed25519", signer.Sign(timestamp, body));
        request.Headers.Add("X-Signature-Timestamp", timestamp);

        using var response = await factory.CreateClient().SendAsync(request);

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("""{"type":1}""");
    }
}
