using System.Text.RegularExpressions;
using SourcingBot.Knowledge.Model;

namespace SourcingBot.Knowledge.Loading;

// The checks every part of the content shares (ids, required fields, source references), each
// recording its problem with file and item so that all problems are reported in one pass.
internal sealed partial class ProblemLog(List<KnowledgeProblem> problems)
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    public static bool IsValidId(string? id) => id is not null && IdPattern().IsMatch(id);

    public List<Source> ResolveSources(string file, string id, List<string>? ids, Dictionary<string, Source> sources)
    {
        var result = new List<Source>();
        foreach (var sourceId in NonEmpty(ids))
        {
            if (sources.TryGetValue(sourceId, out var source))
            {
                result.Add(source);
            }
            else
            {
                Report(file, id, $"source \"{sourceId}\" is not a source id");
            }
        }

        return result;
    }

    public List<(string File, T Item, string Id)> Unique<T>(IEnumerable<(string File, T Item, string? Id)> items, string kind)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = new List<(string File, T Item, string Id)>();
        foreach (var (file, item, id) in items)
        {
            if (!IsValidId(id))
            {
                Report(file, id, $"{kind} id \"{id}\" must be lower-case kebab-case (letters, digits, hyphens)");
            }
            else if (seen.TryGetValue(id!, out var firstFile))
            {
                Report(file, id, $"duplicate {kind} id (first defined in {firstFile})");
            }
            else
            {
                seen[id!] = file;
                result.Add((file, item, id!));
            }
        }

        return result;
    }

    public bool Require(string file, string? id, string? value, string field)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        Report(file, id, $"{field} is missing");
        return false;
    }

    public void Report(string file, string? id, string message) => problems.Add(new KnowledgeProblem(file, id, message));

    public static string[] NonEmpty(IEnumerable<string?>? values) =>
        (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToArray();
}
