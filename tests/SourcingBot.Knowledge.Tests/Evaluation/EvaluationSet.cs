using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SourcingBot.Knowledge.Tests.Evaluation;

/// <summary>The realistic questions of evaluation-set.yaml with the topic a correct answer has.</summary>
internal static class EvaluationSet
{
    private static readonly Lazy<IReadOnlyList<EvaluationQuestion>> Questions = new(Load);

    public static IReadOnlyList<EvaluationQuestion> All => Questions.Value;

    private static List<EvaluationQuestion> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Evaluation", "evaluation-set.yaml");
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        var file = deserializer.Deserialize<EvaluationFile>(File.ReadAllText(path));
        return file.Questions;
    }

    private sealed class EvaluationFile
    {
        public List<EvaluationQuestion> Questions { get; set; } = [];
    }
}

internal sealed class EvaluationQuestion
{
    public string Text { get; set; } = string.Empty;

    public string Topic { get; set; } = string.Empty;

    public List<string> Also { get; set; } = [];

    public string Kind { get; set; } = "plain";

    public override string ToString() => Text;
}
