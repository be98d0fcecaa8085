using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace SourcingBot.Tests.Hosting;

/// <summary>
/// The bot in the test host, with optional configuration overrides. Conversations go to a SQLite file of
/// its own in a temporary folder (deleted on dispose), unless another path is given to share it.
/// </summary>
public sealed class BotFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Action<IServiceCollection>> _services = [];
    private string? _ownFolder;

    public BotFactory()
    {
        _ownFolder = Path.Combine(Path.GetTempPath(), $"sourcingbot-test-{Guid.NewGuid():N}");
        DatabasePath = Path.Combine(_ownFolder, "sourcingbot.db");
        _settings["Storage:SqlitePath"] = DatabasePath;

        // Tests send turns far faster than people; the rate-limit tests turn the limits back on.
        _settings["TurnLimits:Enabled"] = "false";
    }

    /// <summary>The SQLite file the bot keeps conversations in.</summary>
    public string DatabasePath { get; private set; }

    /// <summary>A bot that keeps conversations in <paramref name="path"/>, e.g. to restart on the same file; the caller deletes it.</summary>
    public static BotFactory WithDatabase(string path)
    {
        var factory = new BotFactory { _ownFolder = null, DatabasePath = path };
        factory._settings["Storage:SqlitePath"] = path;
        return factory;
    }

    public BotFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Adds or replaces services after the bot's own registrations (e.g. an in-memory telemetry exporter).</summary>
    public BotFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureTestServices(services => _services.ForEach(configure => configure(services)));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        DeleteOwnFolder();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        DeleteOwnFolder();
    }

    private void DeleteOwnFolder()
    {
        if (_ownFolder is not null && Directory.Exists(_ownFolder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_ownFolder, recursive: true);
        }
    }
}
