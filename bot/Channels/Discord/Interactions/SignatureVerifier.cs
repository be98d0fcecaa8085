using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Org.BouncyCastle.Math.EC.Rfc8032;

namespace SourcingBot.Channels.Discord.Interactions;

// Interactions > Overview > Security and Authorization: every request carries an Ed25519 signature of
// X-Signature-Timestamp + raw body, made with the application's key. A request that fails the check is
// answered 401 before its body is parsed. Timestamps more than five minutes away are refused too, so a
// captured request cannot be replayed later.
internal sealed class SignatureVerifier
{
    public static readonly TimeSpan MaximumSkew = TimeSpan.FromMinutes(5);

    private readonly byte[]? _publicKey;
    private readonly TimeProvider _timeProvider;

    public SignatureVerifier(IOptions<DiscordOptions> options, TimeProvider timeProvider)
    {
        var key = options.Value.PublicKey;
        _publicKey = string.IsNullOrEmpty(key) ? null : Convert.FromHexString(key);
        _timeProvider = timeProvider;
    }

    public bool IsConfigured => _publicKey is not null;

    public SignatureCheck Check(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (_publicKey is null)
        {
            return SignatureCheck.NotConfigured;
        }

        if (string.IsNullOrEmpty(signatureHex) || string.IsNullOrEmpty(timestamp))
        {
            return SignatureCheck.Missing;
        }

        if (signatureHex.Length != Ed25519.SignatureSize * 2 || !IsHex(signatureHex))
        {
            return SignatureCheck.Invalid;
        }

        var signature = Convert.FromHexString(signatureHex);
        var timestampBytes = Encoding.UTF8.GetBytes(timestamp);
        var message = new byte[timestampBytes.Length + body.Length];
        timestampBytes.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(timestampBytes.Length));
        if (!Ed25519.Verify(signature, 0, _publicKey, 0, message, 0, message.Length))
        {
            return SignatureCheck.Invalid;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return SignatureCheck.Stale;
        }

        var skew = _timeProvider.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        return skew.Duration() > MaximumSkew ? SignatureCheck.Stale : SignatureCheck.Valid;
    }

    private static bool IsHex(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
