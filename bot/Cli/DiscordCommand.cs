using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using SourcingBot.Channels.Discord;
using SourcingBot.Channels.Discord.Rendering;
using SourcingBot.Channels.Discord.Rest;

namespace SourcingBot.Cli;

// `discord register-commands [--guild <id>]`: uploads manifests/discord/commands.json with Discord's bulk
// overwrite (global, or one server's commands, which update at once) and prints what changed.
internal static class DiscordCommand
{
    public const string ManifestResource = "discord-commands.json";

    public static Command Create(CliConsole console)
    {
        var guild = new Option<string?>("--guild") { Description = "A server (guild) id: register there only, which takes effect at once; without it, globally." };
        var file = new Option<FileInfo?>("--file") { Description = "A commands file to upload instead of the built-in manifests/discord/commands.json." };
        var register = new Command("register-commands", "Register the slash commands (/help, /define, /compare, /ask, /recommend) with Discord.") { guild, file };
        register.Aliases.Add("register");
        register.SetAction(async (parse, cancellationToken) =>
        {
            var guildId = parse.GetValue(guild);
            if (guildId is not null && !guildId.All(char.IsAsciiDigit))
            {
                await console.Error.WriteLineAsync("--guild takes the server's numeric id (Developer Mode → right-click the server → Copy Server ID).");
                return 2;
            }

            JsonArray commands;
            try
            {
                commands = await LoadAsync(parse.GetValue(file), cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or JsonException or InvalidOperationException)
            {
                await console.Error.WriteLineAsync($"The commands file could not be read: {exception.Message}");
                return 1;
            }

            var problems = MessageValidator.ValidateCommands(commands);
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    await console.Error.WriteLineAsync(problem);
                }

                return 1;
            }

            using var host = console.BuildHost();
            var services = new ServiceCollection()
                .AddSingleton(host.Services.GetRequiredService<IConfiguration>())
                .AddSingleton(TimeProvider.System)
                .AddLogging(logging => logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning))
                .AddDiscordRest();
            await using var provider = services.BuildServiceProvider();
            var rest = provider.GetRequiredService<DiscordRestClient>();
            var where = guildId is null ? "globally (may take up to an hour to show everywhere)" : $"in server {guildId}";
            try
            {
                var before = await rest.GetCommandsAsync(guildId, cancellationToken);
                var after = await rest.OverwriteCommandsAsync(guildId, commands, cancellationToken);
                await console.Output.WriteLineAsync($"Registered {after.Count} commands {where}.");
                foreach (var line in Changes(before, commands))
                {
                    await console.Output.WriteLineAsync(line);
                }

                return 0;
            }
            catch (Exception exception) when (exception is DiscordRestException or InvalidOperationException or HttpRequestException or Microsoft.Extensions.Options.OptionsValidationException)
            {
                await console.Error.WriteLineAsync($"Registration failed: {exception.Message}");
                return 1;
            }
        });
        return new Command("discord", "Work with the Discord application.") { register };
    }

    // "added: /x", "updated: /y", "removed: /z", "unchanged: /w", comparing what the bot defines.
    public static IReadOnlyList<string> Changes(JsonArray before, JsonArray after)
    {
        var old = before.OfType<JsonObject>().ToDictionary(command => Name(command), StringComparer.Ordinal);
        var added = new List<string>();
        var updated = new List<string>();
        var unchanged = new List<string>();
        foreach (var command in after.OfType<JsonObject>())
        {
            var name = Name(command);
            if (!old.Remove(name, out var previous))
            {
                added.Add(name);
            }
            else if (Shape(previous) != Shape(command))
            {
                updated.Add(name);
            }
            else
            {
                unchanged.Add(name);
            }
        }

        return new[] { ("added", added), ("updated", updated), ("removed", old.Keys.ToList()), ("unchanged", unchanged) }
            .Where(group => group.Item2.Count > 0)
            .Select(group => $"  {group.Item1}: {string.Join(", ", group.Item2.Select(name => "/" + name))}")
            .ToArray();
    }

    private static string Name(JsonObject command) => command["name"]?.GetValue<string>() ?? string.Empty;

    // The parts of a command the bot defines, in a fixed order, so fields Discord adds do not count as changes.
    private static string Shape(JsonObject command) => new JsonObject
    {
        ["description"] = command["description"]?.DeepClone(),
        ["options"] = Options(command["options"] as JsonArray),
    }.ToJsonString();

    private static JsonArray Options(JsonArray? options) => new((options ?? []).OfType<JsonObject>().Select(option => (JsonNode)new JsonObject
    {
        ["type"] = option["type"]?.DeepClone(),
        ["name"] = option["name"]?.DeepClone(),
        ["description"] = option["description"]?.DeepClone(),
        ["required"] = option["required"]?.GetValue<bool>() ?? false,
        ["autocomplete"] = option["autocomplete"]?.GetValue<bool>() ?? false,
        ["choices"] = option["choices"]?.DeepClone(),
    }).ToArray());

    private static async Task<JsonArray> LoadAsync(FileInfo? file, CancellationToken cancellationToken)
    {
        await using var stream = file is not null
            ? file.OpenRead()
            : typeof(DiscordCommand).Assembly.GetManifestResourceStream(ManifestResource)
                ?? throw new InvalidOperationException("The built-in commands manifest is missing from the executable.");
        return await JsonSerializer.DeserializeAsync(stream, DiscordJsonContext.Default.JsonArray, cancellationToken)
            ?? throw new InvalidOperationException("The commands file holds no JSON array.");
    }
}
