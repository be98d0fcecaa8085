using System.Text.RegularExpressions;

namespace SourcingBot.Hosting;

// Masks what must never reach a log: passwords, secrets and tokens in connection strings, URLs and headers, bearer
// tokens, and email addresses. Applied to exception text, which may quote a connection string or what a user typed.
internal static partial class LogRedaction
{
    public const string Mask = "***";

    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var redacted = SecretSetting().Replace(text, match => match.Groups["key"].Value + Mask);
        redacted = BearerToken().Replace(redacted, "Bearer " + Mask);
        return Email().Replace(redacted, Mask + "@" + Mask);
    }

    [GeneratedRegex(@"(?<key>\b(?:password|pwd|secret|token|apikey|api[_-]?key|client[_-]?secret|webhooksecret|bottoken|sig|signature)\s*[=:]\s*)(?:""[^""]*""|'[^']*'|[^;\s&,""']+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretSetting();

    [GeneratedRegex(@"\b(?:Bearer|Bot)\s+[A-Za-z0-9\-_.~+/]+=*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BearerToken();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();
}
