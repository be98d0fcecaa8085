using System.Globalization;
using System.Text;
using Org.BouncyCastle.Math.EC.Rfc8032;
using Org.BouncyCastle.Security;

namespace SourcingBot.Tests.Channels.Discord.Fakes;

/// <summary>An Ed25519 key pair made for the test, signing requests as Discord does (timestamp + body).</summary>
public sealed class DiscordSigner
{
    private readonly byte[] _privateKey = new byte[Ed25519.SecretKeySize];

    public DiscordSigner()
    {
        Ed25519.GeneratePrivateKey(new SecureRandom(), _privateKey);
        var publicKey = new byte[Ed25519.PublicKeySize];
        Ed25519.GeneratePublicKey(_privateKey, 0, publicKey, 0);
        PublicKeyHex = Convert.ToHexString(publicKey).ToLowerInvariant();
    }

    public string PublicKeyHex { get; }

    public string Sign(string timestamp, byte[] body)
    {
        var message = Encoding.UTF8.GetBytes(timestamp).Concat(body).ToArray();
        var signature = new byte[Ed25519.SignatureSize];
        Ed25519.Sign(_privateKey, 0, message, 0, message.Length, signature, 0);
        return Convert.ToHexString(signature).ToLowerInvariant();
    }

    public static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
