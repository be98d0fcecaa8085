using System.Text.RegularExpressions;
using SourcingBot.Knowledge.Answering;
using SourcingBot.Knowledge.Model;

namespace SourcingBot.Knowledge.Comparing;

/// <summary>Compares sourcing strategies and recognises comparison requests in free text.</summary>
public sealed partial class StrategyComparer
{
    private readonly KnowledgeBase _knowledge;
    private readonly TextAnalyzer _analyzer;
    private readonly List<(HashSet<string> Terms, Strategy Strategy)> _names = [];

    internal StrategyComparer(KnowledgeBase knowledge, TextAnalyzer analyzer)
    {
        _knowledge = knowledge;
        _analyzer = analyzer;
        foreach (var strategy in knowledge.Strategies)
        {
            foreach (var name in strategy.Aliases.Append(strategy.Name).Append(strategy.Id.Replace('-', ' ')))
            {
                var terms = analyzer.Analyze(name).Terms;
                if (terms.Count > 0)
                {
                    _names.Add((new HashSet<string>(terms, StringComparer.Ordinal), strategy));
                }
            }
        }
    }

    [GeneratedRegex(@"^\s*(?:please\s+)?(?:can you\s+)?(?:compare|comparison of|comparing)\s+(?<first>.+?)\s+(?:and|with|to|vs\.?|versus|against)\s+(?<second>.+?)\s*[?.!]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompareCommand();

    [GeneratedRegex(@"^\s*(?<first>.+?)\s+(?:vs\.?|versus|v\.?)\s+(?<second>.+?)\s*[?.!]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VersusQuestion();

    /// <summary>The strategies, in the order of the knowledge file.</summary>
    public IReadOnlyList<Strategy> Strategies => _knowledge.Strategies;

    /// <summary>Compares two strategies by id; null when either id is unknown.</summary>
    public StrategyComparison? Compare(string firstId, string secondId)
    {
        var first = _knowledge.FindStrategy(firstId);
        var second = _knowledge.FindStrategy(secondId);
        return first is null || second is null ? null : Compare(first, second);
    }

    /// <summary>Compares two strategies.</summary>
    public StrategyComparison Compare(Strategy first, Strategy second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var rows = _knowledge.Dimensions
            .Select(dimension => new ComparisonRow(dimension, first.Values[dimension.Id], second.Values[dimension.Id]))
            .ToArray();
        return new StrategyComparison(first, second, rows);
    }

    /// <summary>Recognises "compare A and B" or "A vs B" where A and B name strategies.</summary>
    public StrategyComparison? FindRequest(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = CompareCommand().Match(text);
        if (!match.Success)
        {
            match = VersusQuestion().Match(text);
        }

        if (!match.Success)
        {
            return null;
        }

        var first = Resolve(match.Groups["first"].Value);
        var second = Resolve(match.Groups["second"].Value);
        return first is null || second is null || first.Id == second.Id ? null : Compare(first, second);
    }

    /// <summary>The strategy a name refers to ("nearshoring", "a captive centre"), or null.</summary>
    public Strategy? Resolve(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var terms = _analyzer.Analyze(name).Terms;
        if (terms.Count == 0)
        {
            return null;
        }

        var exact = _names.FirstOrDefault(candidate => candidate.Terms.SetEquals(terms));
        if (exact.Strategy is not null)
        {
            return exact.Strategy;
        }

        // "the offshore outsourcing model": every term of a name present, the longest name first.
        return _names
            .Where(candidate => candidate.Terms.IsSubsetOf(terms) && terms.Count - candidate.Terms.Count <= 2)
            .OrderByDescending(candidate => candidate.Terms.Count)
            .Select(candidate => candidate.Strategy)
            .FirstOrDefault();
    }
}
