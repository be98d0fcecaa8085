using SourcingBot.Knowledge.Loading;

namespace SourcingBot.Knowledge.Tests.Loading;

// A small, valid knowledge set that tests break one rule at a time.
internal static class KnowledgeTemplate
{
    public const string Sources = """
        sources:
          - id: oecd-glossary
            publisher: OECD
            title: Glossary of Statistical Terms
            year: n.d.
            url: https://stats.oecd.org/glossary/detail.asp?ID=4950
          - id: deloitte-2012
            publisher: Deloitte
            title: Global Outsourcing and Insourcing Survey 2012
            year: 2012
            url: https://example.org/deloitte-2012
        """;

    public const string Entries = """
        entries:
          - id: define-outsourcing
            topic: define-outsourcing
            title: What is outsourcing?
            questions: [what is outsourcing, define outsourcing, outsourcing meaning]
            answer: Outsourcing means contracting an outside provider. In one survey 87% named cost as a goal.
            figures:
              - value: "87%"
                text: named cost reduction as an important objective
                source: deloitte-2012
            sources: [oecd-glossary]
            followUps: [choose-strategy, bot-help]
          - id: choose-strategy
            topic: choose-strategy
            title: How do I choose?
            questions: [how do i choose, which should we pick, what should we do]
            answer: It depends on your objectives, resources and the nature of the tasks.
            sources: [oecd-glossary]
            followUps: [define-outsourcing, bot-help]
          - id: bot-help
            topic: bot-help
            title: What can you do?
            questions: [help, what can you do, how do i use this]
            answer: I answer questions about outsourcing.
            followUps: [define-outsourcing, choose-strategy]
          - id: off-topic-general
            topic: off-topic
            title: Off topic
            questions: [weather today, tell me a joke, recipe for cake]
            answer: I can only help with sourcing questions.
            followUps: [define-outsourcing, bot-help]
        """;

    public static KnowledgeFile[] Files(string? sources = null, string? entries = null) =>
        [new("sources.yaml", sources ?? Sources), new("entries.yaml", entries ?? Entries)];
}
