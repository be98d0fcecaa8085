using Microsoft.Extensions.Options;
using SourcingBot.Conversations.Engine;
using SourcingBot.Knowledge.Loading;

namespace SourcingBot.Hosting;

// Loads and validates the knowledge on first use (start-up resolves it, so a broken knowledge file
// stops the bot before it accepts a request) and hands out the live version. Reload swaps in a new
// version only when it is valid; otherwise the last good one stays live and the problems are logged.
// Each turn reads Current once, so a turn in flight finishes on the version it started with.
internal sealed partial class KnowledgeProvider : IKnowledgeProvider
{
    private readonly string? _path;
    private readonly ILogger<KnowledgeProvider> _logger;
    private readonly Lock _lock = new();
    private volatile LoadedKnowledge? _current;

    public KnowledgeProvider(IOptions<KnowledgeOptions> options, ILogger<KnowledgeProvider> logger)
    {
        _path = string.IsNullOrWhiteSpace(options.Value.Path) ? null : options.Value.Path;
        _logger = logger;
    }

    public LoadedKnowledge Current
    {
        get
        {
            if (_current is { } current)
            {
                return current;
            }

            lock (_lock)
            {
                return _current ??= Load() ?? throw new KnowledgeValidationException(LastProblems);
            }
        }
    }

    /// <summary>The folder or file the knowledge comes from, or null for the built-in content.</summary>
    public string? Path => _path;

    private IReadOnlyList<KnowledgeProblem> LastProblems { get; set; } = [];

    /// <summary>Loads the content again; returns whether the new version went live.</summary>
    public bool Reload()
    {
        lock (_lock)
        {
            if (Load() is not { } loaded)
            {
                Log.ReloadRejected(_logger, LastProblems.Count);
                return false;
            }

            _current = loaded;
            return true;
        }
    }

    private LoadedKnowledge? Load()
    {
        var result = _path is null ? KnowledgeLoader.LoadEmbedded() : KnowledgeLoader.LoadFromPath(_path);
        if (!result.IsValid)
        {
            LastProblems = result.Problems;
            foreach (var problem in result.Problems)
            {
                Log.KnowledgeProblem(_logger, problem.ToString());
            }

            return null;
        }

        var knowledge = result.Knowledge!;
        Log.KnowledgeLoaded(_logger, knowledge.Entries.Count, knowledge.Sources.Count, knowledge.Strategies.Count, _path ?? "built-in content");
        return new LoadedKnowledge(knowledge);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "Knowledge problem: {Problem}")]
        public static partial void KnowledgeProblem(ILogger logger, string problem);

        [LoggerMessage(2, LogLevel.Information, "Knowledge loaded: {Entries} entries, {Sources} sources, {Strategies} strategies from {Origin}")]
        public static partial void KnowledgeLoaded(ILogger logger, int entries, int sources, int strategies, string origin);

        [LoggerMessage(3, LogLevel.Warning, "Knowledge edit rejected ({Count} problems, listed above); the last good version stays live")]
        public static partial void ReloadRejected(ILogger logger, int count);
    }
}
