using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace SourcingBot.Tests.Hosting;

/// <summary>
/// The bot as a real, separate process (<c>dotnet SourcingBot.dll</c> from the bot's build output) on a free loopback
/// port, for fault and multi-instance tests: it can be killed like a crashed server, and several can share one store.
/// </summary>
public sealed partial class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BotProcess(Process process)
    {
        _process = process;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>What the process wrote to standard output and error so far, to explain a failure.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the bot with configuration arguments (<c>--Storage:Provider=…</c>) and waits until <c>/readyz</c> says ready.</summary>
    public static async Task<BotProcess> StartAsync(params IEnumerable<string> configuration)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(BotAssembly());
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");

        // Tests send turns far faster than people; a test can turn the rate limits back on.
        start.ArgumentList.Add("--TurnLimits:Enabled=false");
        foreach (var argument in configuration)
        {
            start.ArgumentList.Add(argument);
        }

        // The address is read from this line, whatever the other log levels are.
        start.ArgumentList.Add("--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information");

        // Plain console lines, so "Now listening on:" can be read whatever the terminal.
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__ColorBehavior"] = "Disabled";

        var bot = new BotProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        bot._process.OutputDataReceived += (_, line) => bot.Record(line.Data);
        bot._process.ErrorDataReceived += (_, line) => bot.Record(line.Data);
        bot._process.Exited += (_, _) => bot._listening.TrySetException(new InvalidOperationException($"The bot exited at start-up:\n{bot.Output}"));
        bot._process.Start();
        bot._process.BeginOutputReadLine();
        bot._process.BeginErrorReadLine();
        try
        {
            bot.BaseAddress = await bot.ListeningAsync();
            await bot.WaitUntilReadyAsync();
            return bot;
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>Kills the process and its children at once (SIGKILL), as a crash or <c>kill -9</c> would.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    /// <summary>Asks the process to stop (SIGTERM), as a container runtime or systemd does.</summary>
    public async Task TerminateAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    /// <summary>Waits for the process to end by itself and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var waiting = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(waiting.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        catch (InvalidOperationException)
        {
            // Never started.
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();

    private static string BotAssembly()
    {
        // The tests run from tests/SourcingBot.Tests/bin/<configuration>/<framework>/; the bot is built beside them.
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!;
        var root = configuration.Parent!.Parent!.Parent!.Parent!;
        var path = Path.Combine(root.FullName, "bot", "bin", configuration.Name, framework.Name, "SourcingBot.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"The bot is not built at {path}.", path);
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    private async Task<Uri> ListeningAsync()
    {
        try
        {
            return await _listening.Task.WaitAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The bot did not start listening within {StartTimeout}:\n{Output}");
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = CreateClient();
        var started = Stopwatch.StartNew();
        while (started.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited before it was ready:\n{Output}");
            }

            using var response = await client.GetAsync("/readyz");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The bot was not ready within {StartTimeout}:\n{Output}");
    }
}
