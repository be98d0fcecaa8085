using System.Text.Json.Nodes;
using SourcingBot.Channels.Teams;
using SourcingBot.Channels.Teams.AppPackage;
using SourcingBot.Tests.Channels.Teams.Fakes;

namespace SourcingBot.Tests.Channels.Teams;

// manifests/teams: the Teams app manifest template and its icons.
public sealed class TeamsManifestTests
{
    private static readonly string[] Commands = ["help", "define", "compare", "recommend", "reset", "forget me"];

    [Fact]
    public async Task Manifest_IsValidAgainstTheOfficialTeamsSchema()
    {
        var problems = await ManifestSchema.ValidateAsync(Path.Combine(ManifestSchema.TeamsFolder, TeamsAppPackage.ManifestFile));

        problems.Should().BeEmpty();
        Manifest()["manifestVersion"]!.GetValue<string>().Should().Be("1.22");
    }

    [Fact]
    public async Task Schema_RefusesABrokenManifest()
    {
        var broken = Manifest();
        broken.Remove("accentColor");
        broken["bots"]![0]!["botId"] = "not-a-guid";
        var path = Path.Combine(Path.GetTempPath(), $"broken-manifest-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, broken.ToJsonString());

        try
        {
            var problems = await ManifestSchema.ValidateAsync(path);

            problems.Should().Contain(problem => problem.Contains("accentColor", StringComparison.Ordinal))
                .And.Contain(problem => problem.StartsWith("/bots/0/botId", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Manifest_BotHasTheThreeScopesAndTheCommandsInEach()
    {
        var bot = Manifest()["bots"]!.AsArray().Should().ContainSingle().Subject!;

        bot["scopes"]!.AsArray().Select(scope => scope!.GetValue<string>()).Should().BeEquivalentTo("personal", "team", "groupChat");
        var lists = bot["commandLists"]!.AsArray();
        lists.SelectMany(list => list!["scopes"]!.AsArray().Select(scope => scope!.GetValue<string>())).Should().BeEquivalentTo("personal", "team", "groupChat");
        lists.Should().OnlyContain(list => list!["commands"]!.AsArray().Select(command => command!["title"]!.GetValue<string>()).SequenceEqual(Commands));
        WelcomeMessages.Commands.Select(command => command.Title.Split(' ')[0]).Distinct()
            .Should().Equal(Commands.Select(command => command.Split(' ')[0]), "the welcome card lists the manifest's commands");
    }

    [Fact]
    public void Manifest_PassesTheUploadRules()
    {
        var manifest = Manifest();
        manifest["id"] = TeamsSamples.AppId;
        manifest["bots"]![0]!["botId"] = TeamsSamples.AppId;

        TeamsAppRules.Check(manifest, Icon("color.png"), Icon("outline.png")).Should().BeEmpty();
    }

    [Fact]
    public void ColorIcon_Is192PixelsSquareAndOpaque()
    {
        var icon = PngImage.Decode(Icon("color.png"));

        (icon.Width, icon.Height).Should().Be((192, 192));
        icon.Pixels().Should().OnlyContain(pixel => pixel.A == 255);
    }

    [Fact]
    public void OutlineIcon_Is32PixelsSquareWhiteOnTransparent()
    {
        var icon = PngImage.Decode(Icon("outline.png"));

        (icon.Width, icon.Height).Should().Be((32, 32));
        icon.Pixels().Where(pixel => pixel.A > 0).Should().NotBeEmpty().And.OnlyContain(pixel => pixel.R == 255 && pixel.G == 255 && pixel.B == 255);
        icon.Pixel(0, 0).A.Should().Be(0, "the background is transparent");
        icon.Pixels().Count(pixel => pixel.A == 0).Should().BeGreaterThan(32 * 32 / 4);
    }

    private static JsonObject Manifest() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestSchema.TeamsFolder, TeamsAppPackage.ManifestFile)))!.AsObject();

    private static byte[] Icon(string name) => File.ReadAllBytes(Path.Combine(ManifestSchema.TeamsFolder, name));
}
