using SourcingBot.Knowledge.Loading;

namespace SourcingBot.Knowledge.Tests.Recommending;

public sealed class RecommendationCompilerTests
{
    private const string File = "recommendation.yaml";

    [Theory]
    [InlineData("then: { offshore-outsourcing: 2, nearshore-outsourcing: 1, captive-centre: 1,", "then: { offshore: 2, nearshore-outsourcing: 1, captive-centre: 1,",
        "recommendation.yaml: goal-reduce-costs: then: \"offshore\" is not a strategy or hybrid id")]
    [InlineData("{ field: teamSize, lessThan: 10 }", "{ field: seats, lessThan: 10 }",
        "recommendation.yaml: very-small-team: when[0]: field \"seats\" is not a known field")]
    [InlineData("{ field: goals, includes: reduceCosts }", "{ field: goals, includes: cheaper }",
        "recommendation.yaml: goal-reduce-costs: when[0]: \"cheaper\" is not a value of goals (reduceCosts,")]
    [InlineData("{ field: teamSize, lessThan: 10 }", "{ field: teamSize, includes: 10 }",
        "recommendation.yaml: very-small-team: when[0]: \"includes\" does not apply to teamSize")]
    [InlineData("{ field: teamSize, lessThan: 10 }", "{ field: teamSize, lessThan: ten }",
        "recommendation.yaml: very-small-team: when[0]: \"ten\" is not a number")]
    [InlineData("{ field: teamSize, lessThan: 10 }", "{ field: teamSize, lessThan: 10, atLeast: 2 }",
        "recommendation.yaml: very-small-team: when[0]: teamSize needs exactly one of")]
    [InlineData("lessThan: 500000, currencies: [USD, EUR, GBP, CHF] }", "lessThan: 500000 }",
        "recommendation.yaml: small-budget: when[0]: annualBudget needs currencies")]
    [InlineData("then: { build-operate-transfer: -2, captive-centre: -1 }", "then: { build-operate-transfer: lots, captive-centre: -1 }",
        "recommendation.yaml: no-ownership-needed: then.build-operate-transfer: \"lots\" is not a number")]
    [InlineData("sources: [microsourcing-tpi-2010]\n\n    - id: large-budget", "sources: [tpi-2099]\n\n    - id: large-budget",
        "recommendation.yaml: small-budget: source \"tpi-2099\" is not a source id")]
    [InlineData("entries: [benefits-offshoring-markets]", "entries: [benefits-of-markets]",
        "recommendation.yaml: goal-expand-markets: entry \"benefits-of-markets\" is not an entry id")]
    [InlineData("- id: small-company\n", "- id: Small Company\n",
        "recommendation.yaml: Small Company: rule id \"Small Company\" must be lower-case kebab-case")]
    [InlineData("timeZone: Europe/Warsaw", "timeZone: Europe/Krakow",
        "recommendation.yaml: Poland: timeZone \"Europe/Krakow\" is not a known IANA time zone")]
    [InlineData("- [captive-centre]", "- [captive-center]",
        "recommendation.yaml: hybrid-captive-plus-outsourced: parts: \"captive-center\" is not a strategy id")]
    [InlineData("need: fewHours", "need: someHours",
        "recommendation.yaml: overlap-few-hours: need \"someHours\" is not one of")]
    public void Load_BrokenRule_NamesFileRuleAndProblem(string find, string replace, string expected)
    {
        var files = KnowledgeLoader.ReadEmbeddedFiles();
        var original = files.Single(f => f.Name == File).Text;
        var broken = original.Replace(find.ReplaceLineEndings("\n"), replace.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        broken.Should().NotBe(original, "the test must change the rules");

        var result = KnowledgeLoader.Load(files.Select(f => f.Name == File ? f with { Text = broken } : f).ToArray());

        result.IsValid.Should().BeFalse();
        result.Problems.Select(p => p.ToString()).Should().Contain(p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_BuiltInContent_CompilesEveryRuleHybridAndRegion()
    {
        var rules = EmbeddedRecommender.Knowledge.Recommendation;

        rules.Rules.Should().HaveCountGreaterThan(30);
        rules.Hybrids.Select(h => h.Id).Should().BeEquivalentTo("hybrid-captive-plus-outsourced", "hybrid-inhouse-core-plus-outsourced-support");
        rules.Regions.Should().Contain(r => r.Name == "India" && r.TimeZone == "Asia/Kolkata");
        rules.Rules.Should().OnlyContain(r => r.SourceIds.Count > 0 && r.Conditions.Count > 0 && r.Adjustments.Count > 0);
    }

    [Fact]
    public void Load_ContentWithoutRecommendationSection_HasNoRules()
    {
        var result = KnowledgeLoader.Load(Loading.KnowledgeTemplate.Files());

        result.Problems.Should().BeEmpty();
        result.Knowledge!.Recommendation.Rules.Should().BeEmpty();
    }
}
