using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SourcingBot.Tests.Storage;

/// <summary>
/// A PostgreSQL 15 cluster of a test's own (as <c>.ci/postgres.sh</c> makes one: initdb into a temporary folder,
/// trust authentication, a free loopback port), which the test may stop and start again to play an outage.
/// The shared cluster of <see cref="PostgresTestDatabase"/> is never touched. PG_BIN overrides where the binaries are.
/// </summary>
public sealed class ThrowawayPostgresCluster : IAsyncDisposable
{
    private static readonly string Bin = Environment.GetEnvironmentVariable("PG_BIN") ?? "/usr/lib/postgresql/15/bin";
    private readonly string _folder;

    private ThrowawayPostgresCluster(string folder, int port)
    {
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The cluster's connection string, with a short connect timeout so an outage is noticed at once.</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database=postgres;Timeout=3";

    private string Data => Path.Combine(_folder, "data");

    public static async Task<ThrowawayPostgresCluster> StartNewAsync()
    {
        if (!File.Exists(Path.Combine(Bin, "initdb")))
        {
            throw new InvalidOperationException($"No PostgreSQL binaries in {Bin}: apt-get install postgresql-15, or set PG_BIN.");
        }

        var folder = Path.Combine(Path.GetTempPath(), $"sourcingbot-cluster-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var cluster = new ThrowawayPostgresCluster(folder, FreePort());
        try
        {
            if (IsRoot)
            {
                await RunAsync("chown", Owner, folder);
            }

            await AsOwnerAsync("initdb", "-D", cluster.Data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync");
            await cluster.StartAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the server (again) on the same port and waits until it accepts connections.</summary>
    public Task StartAsync() => AsOwnerAsync(
        "pg_ctl", "-D", Data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60",
        "-o", $"-c listen_addresses=127.0.0.1 -c port={Port.ToString(CultureInfo.InvariantCulture)} -c unix_socket_directories={_folder} -c fsync=off",
        "start");

    /// <summary>Stops the server as an administrator would: open connections are ended.</summary>
    public Task StopAsync() => AsOwnerAsync("pg_ctl", "-D", Data, "-m", "fast", "-w", "-t", "60", "stop");

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(Data, "postmaster.pid")))
        {
            try
            {
                await AsOwnerAsync("pg_ctl", "-D", Data, "-m", "immediate", "-w", "-t", "30", "stop");
            }
            catch (InvalidOperationException)
            {
                // Already stopped.
            }
        }

        Directory.Delete(_folder, recursive: true);
    }

    // initdb and the server refuse to run as root: as root, run them as the postgres user (or nobody).
    private static bool IsRoot => Environment.UserName == "root";

    private static string Owner => RunsAs("postgres") ? "postgres" : "nobody";

    private static bool RunsAs(string user) => File.ReadAllLines("/etc/passwd").Any(line => line.StartsWith(user + ":", StringComparison.Ordinal));

    private static Task AsOwnerAsync(string tool, params string[] arguments) =>
        IsRoot
            ? RunAsync("runuser", ["-u", Owner, "--", Path.Combine(Bin, tool), .. arguments])
            : RunAsync(Path.Combine(Bin, tool), arguments);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
