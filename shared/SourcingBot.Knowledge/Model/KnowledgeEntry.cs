namespace SourcingBot.Knowledge.Model;

/// <summary>One answer of the knowledge module, with what it takes to find, show and cite it.</summary>
public sealed record KnowledgeEntry
{
    /// <summary>Unique, stable id (kebab-case).</summary>
    public required string Id { get; init; }

    /// <summary>The entry's topic from <see cref="Topics"/>.</summary>
    public required string Topic { get; init; }

    /// <summary>The answer's heading.</summary>
    public required string Title { get; init; }

    /// <summary>A short label for buttons.</summary>
    public required string Label { get; init; }

    /// <summary>How people ask for this entry; the main signal for matching.</summary>
    public required IReadOnlyList<string> Questions { get; init; }

    /// <summary>Extra words that point to this entry.</summary>
    public required IReadOnlyList<string> Keywords { get; init; }

    /// <summary>The answer in light Markdown.</summary>
    public required string Answer { get; init; }

    /// <summary>Headed paragraphs shown under the answer.</summary>
    public required IReadOnlyList<Section> Sections { get; init; }

    /// <summary>Statistics, each with its source.</summary>
    public required IReadOnlyList<Figure> Figures { get; init; }

    /// <summary>Sources of the entry's claims.</summary>
    public required IReadOnlyList<Source> Sources { get; init; }

    /// <summary>Ids of the entries offered as follow-ups.</summary>
    public required IReadOnlyList<string> FollowUps { get; init; }

    /// <summary>Every distinct source the entry cites: its own and its figures'.</summary>
    public IReadOnlyList<Source> AllSources() =>
        Sources.Concat(Figures.Select(figure => figure.Source)).DistinctBy(source => source.Id).ToArray();
}
