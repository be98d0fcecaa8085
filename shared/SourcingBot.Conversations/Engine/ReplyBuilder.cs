using System.Globalization;
using SourcingBot.Conversations.Turns;
using SourcingBot.Knowledge;
using SourcingBot.Knowledge.Comparing;
using SourcingBot.Knowledge.Model;

namespace SourcingBot.Conversations.Engine;

// Turns knowledge (entries, comparisons) into channel-neutral replies, always with a way forward.
internal sealed class ReplyBuilder(KnowledgeBase knowledge)
{
    private const int MaximumSuggestions = 4;

    public Reply Answer(KnowledgeEntry entry, double confidence) => new()
    {
        Kind = Topics.IsDomain(entry.Topic) ? ReplyKind.Answer : entry.Topic == Topics.OffTopic ? ReplyKind.Decline : ReplyKind.Message,
        Title = Topics.IsDomain(entry.Topic) ? entry.Title : null,
        Text = entry.Answer,
        Sections = entry.Sections.Select(section => new ReplySection(section.Heading, section.Text)).ToArray(),
        Table = FiguresTable(entry),
        Sources = entry.AllSources().Select(Cite).ToArray(),
        Suggestions = Suggestions(entry.FollowUps, exclude: entry.Id),
        Topic = entry.Topic,
        Confidence = Math.Round(confidence, 3),
    };

    public static Reply DidYouMean(IReadOnlyList<KnowledgeEntry> alternatives, string? topic, double confidence) => new()
    {
        Kind = ReplyKind.DidYouMean,
        Text = "I'm not sure which of these you mean. Did you mean:",
        Choices = alternatives
            .Select(entry => new ReplyAction(entry.Title, ActionValues.AskEntry(entry.Id)))
            .Append(new ReplyAction("None of these", ActionValues.NoneOfThese))
            .ToArray(),
        Topic = topic,
        Confidence = Math.Round(confidence, 3),
    };

    public Reply Decline(KnowledgeEntry? declineEntry, double confidence)
    {
        var entry = declineEntry ?? knowledge.FindEntry(WellKnownEntries.GeneralDecline);
        return new Reply
        {
            Kind = ReplyKind.Decline,
            Text = entry?.Answer ?? "I can only help with questions about outsourcing, offshoring and related sourcing decisions.",
            Suggestions = Suggestions(entry?.FollowUps ?? [], exclude: entry?.Id),
            Topic = Topics.OffTopic,
            Confidence = Math.Round(confidence, 3),
        };
    }

    public Reply NoneOfThese() => new()
    {
        Kind = ReplyKind.Message,
        Text = "Thanks for telling me. Could you rephrase the question, perhaps with a few more words? Or pick one of these:",
        Suggestions = Suggestions(knowledge.FindEntry(WellKnownEntries.Help)?.FollowUps ?? [], exclude: null),
    };

    public Reply Comparison(StrategyComparison comparison) => new()
    {
        Kind = ReplyKind.Comparison,
        Title = $"{comparison.First.Name} vs {comparison.Second.Name}",
        Text = $"**{comparison.First.Name}:** {comparison.First.Summary}\n\n**{comparison.Second.Name}:** {comparison.Second.Summary}",
        Table = new ReplyTable(
            null,
            [string.Empty, comparison.First.Name, comparison.Second.Name],
            comparison.Rows.Select(row => (IReadOnlyList<string>)[row.Dimension.Label, row.First, row.Second]).ToArray()),
        Sources = comparison.Sources.Select(Cite).ToArray(),
        Suggestions = Suggestions([comparison.First.EntryId, comparison.Second.EntryId], exclude: null),
    };

    public Reply UnknownButton() => new()
    {
        Kind = ReplyKind.Message,
        Text = "That button has expired or I don't recognise it. Ask me a question, or pick one of these:",
        Suggestions = Suggestions(knowledge.FindEntry(WellKnownEntries.Help)?.FollowUps ?? [], exclude: null),
    };

    public static Citation Cite(Source source) => new(source.Publisher, source.Title, source.Year, source.Url, source.Caveat);

    private static ReplyTable? FiguresTable(KnowledgeEntry entry) =>
        entry.Figures.Count == 0
            ? null
            : new ReplyTable(
                "Figures",
                ["Figure", "What it shows", "Source"],
                entry.Figures.Select(figure => (IReadOnlyList<string>)
                    [figure.Value, figure.Text, string.Create(CultureInfo.InvariantCulture, $"{figure.Source.Publisher} ({figure.Source.Year})")])
                    .ToArray());

    // Follow-ups first, then the way forward (the guided assessment, or how to choose when the content
    // has no assessment), so no answer is a dead end.
    private ReplyAction[] Suggestions(IEnumerable<string> entryIds, string? exclude)
    {
        var canAssess = !knowledge.Assessment.IsEmpty && knowledge.Strategies.Count >= 2;
        var entries = (canAssess ? entryIds : entryIds.Append(WellKnownEntries.ChooseStrategy))
            .Where(id => id != exclude)
            .Distinct(StringComparer.Ordinal)
            .Select(knowledge.FindEntry)
            .OfType<KnowledgeEntry>()
            .Take(canAssess ? MaximumSuggestions - 1 : MaximumSuggestions)
            .Select(entry => new ReplyAction(entry.Title, ActionValues.AskEntry(entry.Id)));
        return canAssess
            ? entries.Append(new ReplyAction("Get a recommendation", ActionValues.StartAssessment)).ToArray()
            : entries.ToArray();
    }
}
