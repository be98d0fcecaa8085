using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace SourcingBot.Hosting;

// With Knowledge:Path set, watches the folder (or file) and reloads the knowledge shortly after the
// last change: a valid edit goes live without a restart, an invalid one is refused and logged.
internal sealed partial class KnowledgeWatcher(
    KnowledgeProvider provider,
    IOptions<KnowledgeOptions> options,
    TimeProvider timeProvider,
    ILogger<KnowledgeWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var path = provider.Path;
        if (path is null || !options.Value.WatchForChanges)
        {
            return;
        }

        var full = System.IO.Path.GetFullPath(path);
        var isFile = File.Exists(full);
        using var watcher = new FileSystemWatcher(isFile ? System.IO.Path.GetDirectoryName(full)! : full, isFile ? System.IO.Path.GetFileName(full) : "*.yaml")
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        var changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        void Changed(object sender, FileSystemEventArgs e) => changes.Writer.TryWrite(true);
        watcher.Changed += Changed;
        watcher.Created += Changed;
        watcher.Deleted += Changed;
        watcher.Renamed += (sender, e) => changes.Writer.TryWrite(true);
        watcher.EnableRaisingEvents = true;
        Log.Watching(logger, full);

        while (await changes.Reader.WaitToReadAsync(stoppingToken))
        {
            // Let a save that writes in several steps settle, then load once.
            do
            {
                changes.Reader.TryRead(out _);
                await Task.Delay(options.Value.ReloadDelay, timeProvider, stoppingToken);
            }
            while (changes.Reader.TryRead(out _));

            if (provider.Reload())
            {
                Log.Reloaded(logger, full);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Watching {Path} for knowledge edits")]
        public static partial void Watching(ILogger logger, string path);

        [LoggerMessage(2, LogLevel.Information, "Knowledge edit in {Path} is live")]
        public static partial void Reloaded(ILogger logger, string path);
    }
}
