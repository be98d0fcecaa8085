using System.IO.Compression;
using System.Text.Json.Nodes;
using SourcingBot.Tests.Channels.Teams.Fakes;

namespace SourcingBot.Tests.Cli;

public sealed class TeamsPackageCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sourcingbot-teams-package-").FullName;

    [Fact]
    public async Task Package_WithAppId_WritesAZipWithTheIdsFilledInThatTheSchemaAccepts()
    {
        var zip = Path.Combine(_folder, "app.zip");

        var (exitCode, output, error) = await CliRunner.RunAsync(
            ["teams", "package", "--app-id", TeamsSamples.AppId, "--out", zip, "--app-version", "1.2.3", "--domain", "bot.example.com"]);

        exitCode.Should().Be(0, error);
        output.Should().Contain(zip);
        using var archive = ZipFile.OpenRead(zip);
        archive.Entries.Select(entry => entry.FullName).Should().BeEquivalentTo("manifest.json", "color.png", "outline.png");
        var manifestPath = Path.Combine(_folder, "manifest.json");
        archive.GetEntry("manifest.json")!.ExtractToFile(manifestPath);
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(manifestPath))!;
        manifest["id"]!.GetValue<string>().Should().Be(TeamsSamples.AppId);
        manifest["bots"]![0]!["botId"]!.GetValue<string>().Should().Be(TeamsSamples.AppId);
        manifest["version"]!.GetValue<string>().Should().Be("1.2.3");
        manifest["validDomains"]!.AsArray().Select(domain => domain!.GetValue<string>()).Should().Contain("bot.example.com");
        (await ManifestSchema.ValidateAsync(manifestPath)).Should().BeEmpty();
    }

    [Fact]
    public async Task Package_SeparateTeamsAppIdAndWebsite_AreFilledIn()
    {
        var zip = Path.Combine(_folder, "sourcingbot-teams.zip");
        var teamsAppId = Guid.NewGuid().ToString();

        var (exitCode, _, error) = await CliRunner.RunAsync(
            ["teams", "package", "--app-id", TeamsSamples.AppId, "--teams-app-id", teamsAppId, "--website", "https://sourcing.contoso.com", "--out", zip]);

        exitCode.Should().Be(0, error);
        using var archive = ZipFile.OpenRead(zip);
        using var stream = archive.GetEntry("manifest.json")!.Open();
        var manifest = (await JsonNode.ParseAsync(stream))!;
        manifest["id"]!.GetValue<string>().Should().Be(teamsAppId);
        manifest["developer"]!["privacyUrl"]!.GetValue<string>().Should().Be("https://sourcing.contoso.com/privacy");
    }

    [Fact]
    public async Task Package_InvalidIdsAndVersion_ListsEachProblemAndWritesNothing()
    {
        var zip = Path.Combine(_folder, "app.zip");

        var (exitCode, _, error) = await CliRunner.RunAsync(["teams", "package", "--app-id", "my-bot", "--app-version", "1", "--out", zip]);

        exitCode.Should().Be(1);
        error.Should().Contain("bots[0].botId").And.Contain("version: must be three numbers").And.Contain("3 problem(s)");
        File.Exists(zip).Should().BeFalse();
    }

    [Fact]
    public async Task Package_WithoutAppId_IsRefused()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(["teams", "package", "--out", Path.Combine(_folder, "app.zip")]);

        exitCode.Should().NotBe(0);
        error.Should().Contain("--app-id");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
