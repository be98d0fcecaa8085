namespace SourcingBot.Knowledge.Loading;

// The `assessment:` section of a knowledge file, as YamlDotNet fills it. Kinds, fields, numbers and
// flags stay strings so that a bad value is reported with its step instead of failing the whole file.
internal sealed class AssessmentDocument
{
    public string? Intro { get; set; }
    public List<string?>? Triggers { get; set; }
    public List<StepDocument>? Steps { get; set; }

    internal sealed class StepDocument
    {
        public string? Id { get; set; }
        public string? Kind { get; set; }
        public string? Field { get; set; }
        public string? Label { get; set; }
        public string? Prompt { get; set; }
        public string? Why { get; set; }
        public string? Expected { get; set; }
        public string? Example { get; set; }
        public string? Optional { get; set; }
        public string? FromFirstMessage { get; set; }
        public string? Unit { get; set; }
        public List<OptionDocument>? Options { get; set; }
        public string? Minimum { get; set; }
        public string? Maximum { get; set; }
        public List<string>? Keywords { get; set; }
        public List<string>? Entries { get; set; }
        public List<string>? Sources { get; set; }
    }

    internal sealed class OptionDocument
    {
        public string? Value { get; set; }
        public string? Label { get; set; }
        public List<string>? Synonyms { get; set; }
        public string? Exclusive { get; set; }
    }
}
