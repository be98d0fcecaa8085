namespace SourcingBot.Knowledge.Loading;

// Mutable shapes that YamlDotNet fills from one knowledge file; validated, then turned into the model.
internal sealed class KnowledgeDocument
{
    public List<SourceDocument>? Sources { get; set; }
    public List<EntryDocument>? Entries { get; set; }
    public List<DimensionDocument>? Dimensions { get; set; }
    public List<StrategyDocument>? Strategies { get; set; }
    public List<List<string>>? Synonyms { get; set; }
    public Dictionary<string, string>? ShortForms { get; set; }
    public RecommendationDocument? Recommendation { get; set; }
    public AssessmentDocument? Assessment { get; set; }
}

internal sealed class SourceDocument
{
    public string? Id { get; set; }
    public string? Publisher { get; set; }
    public string? Title { get; set; }
    public string? Year { get; set; }
    public string? Url { get; set; }
    public string? Caveat { get; set; }
}

internal sealed class EntryDocument
{
    public string? Id { get; set; }
    public string? Topic { get; set; }
    public string? Title { get; set; }
    public string? Label { get; set; }
    public List<string>? Questions { get; set; }
    public List<string>? Keywords { get; set; }
    public string? Answer { get; set; }
    public List<SectionDocument>? Sections { get; set; }
    public List<FigureDocument>? Figures { get; set; }
    public List<string>? Sources { get; set; }
    public List<string>? FollowUps { get; set; }
}

internal sealed class SectionDocument
{
    public string? Heading { get; set; }
    public string? Text { get; set; }
}

internal sealed class FigureDocument
{
    public string? Value { get; set; }
    public string? Text { get; set; }
    public string? Source { get; set; }
}

internal sealed class DimensionDocument
{
    public string? Id { get; set; }
    public string? Label { get; set; }
}

internal sealed class StrategyDocument
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public List<string>? Aliases { get; set; }
    public string? Entry { get; set; }
    public string? Summary { get; set; }
    public Dictionary<string, string>? Values { get; set; }
    public List<string>? Sources { get; set; }
}
