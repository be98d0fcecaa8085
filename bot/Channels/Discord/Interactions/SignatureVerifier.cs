using System.Buffers;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using NSec.Cryptography;

namespace SourcingBot.Channels.Discord.Interactions;

// Interactions > Overview > Security and Authorization: every request carries an Ed25519 signature of
// X-Signature-Timestamp + raw body, made with the application's key. A request that fails the check is
// answered 401 before its body is parsed. Timestamps more than five minutes away are refused too, so a
// captured request cannot be replayed later. The key is imported once; libsodium (NSec) checks each
// signature, without allocating, in about half the time BouncyCastle took.
internal sealed class SignatureVerifier
{
    public static readonly TimeSpan MaximumSkew = TimeSpan.FromMinutes(5);

    private static readonly SignatureAlgorithm Ed25519 = SignatureAlgorithm.Ed25519;

    private readonly PublicKey? _publicKey;
    private readonly TimeProvider _timeProvider;

    public SignatureVerifier(IOptions<DiscordOptions> options, TimeProvider timeProvider)
    {
        var key = options.Value.PublicKey;
        _publicKey = string.IsNullOrEmpty(key) ? null : PublicKey.Import(Ed25519, Convert.FromHexString(key), KeyBlobFormat.RawPublicKey);
        _timeProvider = timeProvider;
    }

    public bool IsConfigured => _publicKey is not null;

    /// <summary>
    /// False when <paramref name="publicKeyHex"/> is 64 hex characters that are no Ed25519 public key (not a point of
    /// the curve's prime-order group), which could verify nothing; an empty or malformed value is left to the options' pattern.
    /// </summary>
    public static bool IsUsableKey(string? publicKeyHex)
    {
        var key = new byte[Ed25519.PublicKeySize];
        return publicKeyHex?.Length != key.Length * 2
            || Convert.FromHexString(publicKeyHex, key, out _, out _) != OperationStatus.Done
            || Org.BouncyCastle.Math.EC.Rfc8032.Ed25519.ValidatePublicKeyFull(key, 0);
    }

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

        Span<byte> signature = stackalloc byte[Ed25519.SignatureSize];
        if (signatureHex.Length != signature.Length * 2 || Convert.FromHexString(signatureHex, signature, out _, out _) != OperationStatus.Done)
        {
            return SignatureCheck.Invalid;
        }

        if (!Verify(signature, timestamp, body))
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

    private bool Verify(ReadOnlySpan<byte> signature, string timestamp, ReadOnlySpan<byte> body)
    {
        var message = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(timestamp.Length) + body.Length);
        try
        {
            var length = Encoding.UTF8.GetBytes(timestamp, message);
            body.CopyTo(message.AsSpan(length));
            return Ed25519.Verify(_publicKey!, message.AsSpan(0, length + body.Length), signature);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(message);
        }
    }
}
