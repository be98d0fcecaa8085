using Microsoft.Extensions.Options;
using SourcingBot.Conversations.Engine;
using SourcingBot.Knowledge.Loading;

namespace SourcingBot.Hosting;

// Loads and validates the knowledge once, on first use (start-up resolves it, so a broken
// knowledge file stops the bot before it accepts a request), and hands out the live knowledge.
internal sealed partial class KnowledgeProvider : IKnowledgeProvider
{
    private readonly Lazy<LoadedKnowledge> _knowledge;

    public KnowledgeProvider(IOptions<KnowledgeOptions> options, ILogger<KnowledgeProvider> logger)
    {
        var path = options.Value.Path;
        _knowledge = new Lazy<LoadedKnowledge>(() =>
        {
            var result = string.IsNullOrWhiteSpace(path) ? KnowledgeLoader.LoadEmbedded() : KnowledgeLoader.LoadFromPath(path);
            if (!result.IsValid)
            {
                foreach (var problem in result.Problems)
                {
                    Log.KnowledgeProblem(logger, problem.ToString());
                }

                throw new KnowledgeValidationException(result.Problems);
            }

            var knowledge = result.Knowledge!;
            Log.KnowledgeLoaded(logger, knowledge.Entries.Count, knowledge.Sources.Count, knowledge.Strategies.Count,
                string.IsNullOrWhiteSpace(path) ? "built-in content" : path);
            return new LoadedKnowledge(knowledge);
        });
    }

    public LoadedKnowledge Current => _knowledge.Value;

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "Knowledge problem: {Problem}")]
        public static partial void KnowledgeProblem(ILogger logger, string problem);

        [LoggerMessage(2, LogLevel.Information, "Knowledge loaded: {Entries} entries, {Sources} sources, {Strategies} strategies from {Origin}")]
        public static partial void KnowledgeLoaded(ILogger logger, int entries, int sources, int strategies, string origin);
    }
}
