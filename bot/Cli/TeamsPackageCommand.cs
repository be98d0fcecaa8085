using System.CommandLine;
using SourcingBot.Channels.Teams.AppPackage;

namespace SourcingBot.Cli;

// `teams package --app-id <id>`: the Teams app package (manifest and icons) to upload to Teams.
internal static class TeamsPackageCommand
{
    public static Command Create(CliConsole console)
    {
        var appId = new Option<string>("--app-id")
        {
            Description = "The bot's Microsoft App ID (MicrosoftAppId of its Azure Bot registration).",
            Required = true,
        };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the zip.", DefaultValueFactory = _ => new FileInfo("sourcingbot-teams.zip") };
        var teamsAppId = new Option<string?>("--teams-app-id") { Description = "The Teams app's own id (a GUID). Default: the bot's app id." };
        var version = new Option<string?>("--app-version") { Description = "The app's version, like 1.0.1; raise it for each new upload of a changed package." };
        var domain = new Option<string?>("--domain") { Description = "A host name to add to validDomains, e.g. where the bot runs." };
        var website = new Option<string?>("--website") { Description = "The developer's https website; privacy and terms pages are taken to be /privacy and /terms under it." };
        var package = new Command("package", "Write the Teams app package (manifest.json, color.png, outline.png) with the bot's ids, after checking it.")
        {
            appId, output, teamsAppId, version, domain, website,
        };
        package.SetAction(async (parse, cancellationToken) =>
        {
            Uri? site = null;
            if (parse.GetValue(website) is { } given && (!Uri.TryCreate(given, UriKind.Absolute, out site) || site.Scheme != Uri.UriSchemeHttps))
            {
                await console.Error.WriteLineAsync($"--website: \"{given}\" is not an https URL.");
                return 1;
            }

            var settings = new TeamsAppSettings(parse.GetValue(appId)!, parse.GetValue(teamsAppId), parse.GetValue(version), parse.GetValue(domain), site);
            var (zip, problems) = TeamsAppPackage.Build(settings);
            if (zip is null)
            {
                foreach (var problem in problems)
                {
                    await console.Error.WriteLineAsync(problem);
                }

                await console.Error.WriteLineAsync($"The Teams app package was not written: {problems.Count} problem(s).");
                return 1;
            }

            var file = parse.GetValue(output)!;
            file.Directory?.Create();
            await File.WriteAllBytesAsync(file.FullName, zip, cancellationToken);
            await console.Output.WriteLineAsync(
                $"Wrote {file.FullName}: upload it in Teams (Apps > Manage your apps > Upload an app) or in the Teams Developer Portal.");
            return 0;
        });
        return new Command("teams", "Work with the Microsoft Teams app.") { package };
    }
}
