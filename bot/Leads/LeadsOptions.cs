using System.ComponentModel.DataAnnotations;

namespace SourcingBot.Leads;

/// <summary>Where new leads are sent (section "Leads"); without a webhook they are only stored and reported.</summary>
internal sealed class LeadsOptions : IValidatableObject
{
    public const string Section = "Leads";

    /// <summary>An HTTPS (or, for local tests, HTTP) URL that receives each new lead as a signed JSON POST.</summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>The shared secret of the HMAC-SHA256 signature; required with a webhook, at least 16 characters.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>How long after a failed delivery it is tried again (doubling with each failure, up to an hour).</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "1.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromMinutes(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (WebhookUrl is null)
        {
            yield break;
        }

        if (!WebhookUrl.IsAbsoluteUri || (WebhookUrl.Scheme != Uri.UriSchemeHttps && WebhookUrl.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult("Leads:WebhookUrl must be an absolute http or https URL.", [nameof(WebhookUrl)]);
        }

        if (string.IsNullOrEmpty(WebhookSecret) || WebhookSecret.Length < 16)
        {
            yield return new ValidationResult("Leads:WebhookSecret must be set (at least 16 characters) when Leads:WebhookUrl is.", [nameof(WebhookSecret)]);
        }
    }
}
