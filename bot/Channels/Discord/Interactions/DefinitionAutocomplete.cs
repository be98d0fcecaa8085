using SourcingBot.Channels.Discord.Rendering;
using SourcingBot.Conversations.Engine;
using SourcingBot.Knowledge.Model;

namespace SourcingBot.Channels.Discord.Interactions;

// Choices for /define term: the definition entries whose label or title starts with what was typed,
// then those containing it, then close misspellings (each word within a small edit distance). At most 25.
internal sealed class DefinitionAutocomplete(IKnowledgeProvider knowledge)
{
    private const string DefinitionTopicPrefix = "define-";

    public IReadOnlyList<AutocompleteChoice> Suggest(string? typed)
    {
        var definitions = Definitions(knowledge.Current.Knowledge);
        var query = Normalize(typed ?? string.Empty);
        var ranked = query.Length == 0
            ? definitions.Select(entry => (entry, rank: 0, distance: 0))
            : definitions.Select(entry => (entry, rank: Rank(entry, query, out var distance), distance)).Where(match => match.rank < 4);
        return ranked
            .OrderBy(match => match.rank)
            .ThenBy(match => match.distance)
            .ThenBy(match => match.entry.Label, StringComparer.OrdinalIgnoreCase)
            .Take(DiscordLimits.AutocompleteChoices)
            .Select(match => new AutocompleteChoice(DiscordText.Truncate(match.entry.Label, DiscordLimits.ChoiceName), match.entry.Id))
            .Where(choice => choice.Value.Length <= DiscordLimits.ChoiceValue)
            .ToArray();
    }

    public static IReadOnlyList<KnowledgeEntry> Definitions(KnowledgeBase knowledge) =>
        knowledge.Entries.Where(entry => entry.Topic.StartsWith(DefinitionTopicPrefix, StringComparison.Ordinal)).ToArray();

    // 0: label starts with it; 1: a word of the label or title starts with it; 2: contains it; 3: fuzzy; 4: no match.
    private static int Rank(KnowledgeEntry entry, string query, out int distance)
    {
        distance = 0;
        var label = Normalize(entry.Label);
        var title = Normalize(entry.Title);
        if (label.StartsWith(query, StringComparison.Ordinal))
        {
            return 0;
        }

        var words = label.Split(' ').Concat(title.Split(' ')).Where(word => word.Length > 0).Distinct().ToArray();
        if (words.Any(word => word.StartsWith(query, StringComparison.Ordinal)))
        {
            return 1;
        }

        if (label.Contains(query, StringComparison.Ordinal) || title.Contains(query, StringComparison.Ordinal))
        {
            return 2;
        }

        // Each typed word must be close to the start of some word: "ofshor" finds "offshoring".
        var typedWords = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var total = 0;
        foreach (var typedWord in typedWords)
        {
            var best = words.Min(word => Distance(typedWord, word.Length > typedWord.Length ? word[..Math.Min(word.Length, typedWord.Length + 1)] : word));
            if (best > Math.Max(1, typedWord.Length / 3))
            {
                return 4;
            }

            total += best;
        }

        distance = total;
        return 3;
    }

    private static string Normalize(string text) =>
        string.Join(' ', new string(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
