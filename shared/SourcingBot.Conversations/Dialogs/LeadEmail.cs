using System.Net.Mail;

namespace SourcingBot.Conversations.Dialogs;

// Finds a work email in what the user typed ("it's ana@example.com") and tells personal mailboxes apart.
internal static class LeadEmail
{
    private static readonly HashSet<string> PersonalDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "live.com", "msn.com",
        "icloud.com", "me.com", "aol.com", "gmx.com", "gmx.de", "gmx.net", "web.de", "proton.me", "protonmail.com", "mail.com", "yandex.com",
    };

    public static string? Find(string text)
    {
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = word.Trim('<', '>', '(', ')', '"', '\'', ',', ';', '.', '!', '?');
            if (candidate.Length <= 254 && candidate.Contains('@', StringComparison.Ordinal)
                && MailAddress.TryCreate(candidate, out var address)
                && string.Equals(address.Address, candidate, StringComparison.Ordinal)
                && address.Host.Contains('.', StringComparison.Ordinal) && !address.Host.EndsWith('.'))
            {
                return address.Address;
            }
        }

        return null;
    }

    public static bool IsPersonal(string email) => PersonalDomains.Contains(email[(email.LastIndexOf('@') + 1)..]);
}
