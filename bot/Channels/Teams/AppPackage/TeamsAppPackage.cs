using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SourcingBot.Channels.Teams.AppPackage;

/// <summary>
/// The Teams app package: the manifest template of manifests/teams (embedded in the executable) with the
/// ids filled in, checked against the rules Teams applies on upload, zipped with its two icons.
/// </summary>
internal static partial class TeamsAppPackage
{
    public const string ManifestFile = "manifest.json";
    public const string ColorIcon = "color.png";
    public const string OutlineIcon = "outline.png";

    [GeneratedRegex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex Guid();

    [GeneratedRegex(@"^\d{1,5}\.\d{1,5}\.\d{1,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex Version();

    [GeneratedRegex(@"^(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Domain();

    /// <summary>The zip, or the problems that would make Teams refuse it.</summary>
    public static (byte[]? Zip, IReadOnlyList<string> Problems) Build(TeamsAppSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var manifest = Fill(JsonNode.Parse(Resource(ManifestFile))!.AsObject(), settings);
        var color = Resource(ColorIcon);
        var outline = Resource(OutlineIcon);
        var problems = TeamsAppRules.Check(manifest, color, outline);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, ManifestFile, System.Text.Encoding.UTF8.GetBytes(manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true })));
            Add(archive, ColorIcon, color);
            Add(archive, OutlineIcon, outline);
        }

        return (zip.ToArray(), problems);
    }

    private static JsonObject Fill(JsonObject manifest, TeamsAppSettings settings)
    {
        manifest["id"] = (settings.TeamsAppId ?? settings.BotAppId).Trim();
        foreach (var bot in manifest["bots"]?.AsArray() ?? [])
        {
            bot!["botId"] = settings.BotAppId.Trim();
        }

        if (settings.Version is not null)
        {
            manifest["version"] = settings.Version;
        }

        if (settings.Domain is not null)
        {
            var domains = manifest["validDomains"] as JsonArray ?? [];
            domains.Add(settings.Domain);
            manifest["validDomains"] = domains;
        }

        if (settings.Website is not null && manifest["developer"] is JsonObject developer)
        {
            var site = settings.Website.AbsoluteUri.TrimEnd('/');
            developer["websiteUrl"] = site;
            developer["privacyUrl"] = site + "/privacy";
            developer["termsOfUseUrl"] = site + "/terms";
        }

        return manifest;
    }

    public static bool IsGuid(string? value) => value is not null && Guid().IsMatch(value) && value.Any(c => c != '0' && c != '-');

    public static bool IsVersion(string? value) => value is not null && Version().IsMatch(value);

    public static bool IsDomain(string? value) => value is not null && Domain().IsMatch(value);

    private static void Add(ZipArchive archive, string name, byte[] content)
    {
        using var entry = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
        entry.Write(content);
    }

    private static byte[] Resource(string file)
    {
        using var stream = typeof(TeamsAppPackage).Assembly.GetManifestResourceStream("TeamsApp." + file)
            ?? throw new InvalidOperationException($"The Teams app template file {file} is not embedded in the executable.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
