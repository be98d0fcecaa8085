using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace SourcingBot.Tests.Channels.Teams.Fakes;

/// <summary>
/// Validates a Teams manifest against the official JSON schema of its version, with the schema files of
/// the npm package @microsoft/app-manifest (manifests/teams/validate.mjs; .ci/run installs the package).
/// </summary>
public static class ManifestSchema
{
    public static string TeamsFolder { get; } = Path.Combine(RepositoryRoot(), "manifests", "teams");

    /// <summary>The schema's complaints (none when valid); fails the test when the check cannot run.</summary>
    public static async Task<IReadOnlyList<string>> ValidateAsync(string manifestPath)
    {
        if (!Directory.Exists(Path.Combine(TeamsFolder, "node_modules", "@microsoft", "app-manifest")))
        {
            Assert.Fail("The Teams manifest schema is not installed: run `npm install --no-package-lock` in manifests/teams (.ci/run does).");
        }

        var start = new ProcessStartInfo("node", [Path.Combine(TeamsFolder, "validate.mjs"), manifestPath])
        {
            WorkingDirectory = TeamsFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception exception)
        {
            Assert.Fail($"Node.js is needed to check the Teams manifest against its schema: {exception.Message}");
            throw;
        }

        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("The Teams manifest schema check did not finish within 60 s.");
            }

            var result = JsonNode.Parse(await output);
            result.Should().NotBeNull($"validate.mjs printed nothing (exit {process.ExitCode}): {await error}");
            process.ExitCode.Should().BeOneOf([0, 1], $"validate.mjs could not check the manifest: {result!.ToJsonString()} {await error}");
            return result!["errors"]!.AsArray().Select(problem => problem!.GetValue<string>()).ToArray();
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SourcingBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with SourcingBot.sln) is not above the test assembly.");
    }
}
