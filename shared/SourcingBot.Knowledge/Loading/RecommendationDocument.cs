using YamlDotNet.Serialization;

namespace SourcingBot.Knowledge.Loading;

// The `recommendation:` section of a knowledge file, as YamlDotNet fills it. Numbers stay strings
// so that a bad value is reported with its rule instead of failing the whole file.
internal sealed class RecommendationDocument
{
    public BusinessDayDocument? BusinessDay { get; set; }
    public List<RegionDocument>? Regions { get; set; }
    public Dictionary<string, List<string>>? Locations { get; set; }
    public List<OverlapDocument>? Overlap { get; set; }
    public List<HybridDocument>? Hybrids { get; set; }
    public Dictionary<string, List<string>>? NextSteps { get; set; }
    public List<RuleDocument>? Rules { get; set; }

    internal sealed class BusinessDayDocument
    {
        public string? Start { get; set; }
        public string? End { get; set; }
    }

    internal sealed class RegionDocument
    {
        public string? Name { get; set; }
        public string? TimeZone { get; set; }
        public List<string>? NearshoreFor { get; set; }
        public List<string>? OffshoreFor { get; set; }
    }

    internal sealed class OverlapDocument
    {
        public string? Id { get; set; }
        public string? Need { get; set; }
        public string? MinimumHours { get; set; }
        public string? Meets { get; set; }
        public string? FallsShort { get; set; }
        public string? Because { get; set; }
        public List<string>? Entries { get; set; }
        public List<string>? Sources { get; set; }
    }

    internal sealed class HybridDocument
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? Summary { get; set; }
        public List<List<string>>? Parts { get; set; }
        public List<string>? Entries { get; set; }
        public List<string>? Sources { get; set; }
    }

    internal sealed class RuleDocument
    {
        public string? Id { get; set; }
        public List<ConditionDocument>? When { get; set; }
        public Dictionary<string, string>? Then { get; set; }
        public string? Because { get; set; }
        public string? Step { get; set; }
        public List<string>? Entries { get; set; }
        public List<string>? Sources { get; set; }
    }

    internal sealed class ConditionDocument
    {
        public string? Field { get; set; }

        [YamlMember(Alias = "equals")]
        public string? EqualTo { get; set; }

        public List<string>? In { get; set; }
        public string? Includes { get; set; }
        public List<string>? IncludesAny { get; set; }
        public string? GreaterThan { get; set; }
        public string? AtLeast { get; set; }
        public string? LessThan { get; set; }
        public string? AtMost { get; set; }
        public List<string>? Currencies { get; set; }
    }
}
