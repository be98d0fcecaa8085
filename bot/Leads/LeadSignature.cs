using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SourcingBot.Leads;

/// <summary>
/// The webhook signature: <c>X-SourcingBot-Signature: sha256=&lt;hex&gt;</c>, the HMAC-SHA256 with the shared secret of
/// the <c>X-SourcingBot-Timestamp</c> value (Unix seconds), a dot and the raw request body.
/// </summary>
internal static class LeadSignature
{
    public const string SignatureHeader = "X-SourcingBot-Signature";
    public const string TimestampHeader = "X-SourcingBot-Timestamp";

    public static string Timestamp(DateTimeOffset now) => now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public static string Sign(string secret, string timestamp, byte[] body)
    {
        var signed = Encoding.UTF8.GetBytes(timestamp + ".").Concat(body).ToArray();
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }
}
