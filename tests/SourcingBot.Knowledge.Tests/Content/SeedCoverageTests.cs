using SourcingBot.Knowledge.Answering;

namespace SourcingBot.Knowledge.Tests.Content;

// Every claim of the founding article, and each subject the bot promises beyond it, must be
// answerable: the question reaches the right topic and the answer states the claim.
public sealed class SeedCoverageTests
{
    public static TheoryData<string, string, string[]> ArticleClaims => new()
    {
        { "What is outsourcing?", "define-outsourcing", ["external|third", "in-house"] },
        { "Why do companies outsource their non-core functions?", "define-outsourcing|benefits-outsourcing", ["core"] },
        { "What kinds of tasks can a company outsource?", "define-outsourcing|example", ["customer support", "IT", "accounting", "manufacturing"] },
        { "What is offshoring?", "define-offshoring", ["foreign|another country", "subsidiary|branch"] },
        { "Why do companies move operations offshore?", "benefits-offshoring|define-offshoring", ["labour cost|labor cost|wage", "expertise|talent", "market"] },
        { "How do communication and coordination differ between outsourcing and offshoring?", "distinction", ["time zone", "cultur", "language"] },
        { "How does location differ between outsourcing and offshoring?", "distinction", ["domestic|local", "foreign|abroad", "legal|law"] },
        { "What are the benefits of offshoring?", "benefits-offshoring", ["cost", "talent", "market"] },
        { "How does offshoring save money?", "benefits-offshoring", ["wage", "overhead", "tax"] },
        { "Does offshoring give access to a global talent pool?", "benefits-offshoring", ["talent"] },
        { "Can offshoring help us expand into new markets?", "benefits-offshoring", ["market", "local", "customer"] },
        { "What are the advantages of outsourcing?", "benefits-outsourcing", ["core", "cost", "expertise|expert"] },
        { "How does outsourcing let a company focus on its core competencies?", "benefits-outsourcing", ["core", "virtual assistant"] },
        { "Why is outsourcing cost efficient?", "benefits-outsourcing", ["infrastructure", "equipment", "scal|on-demand|on demand"] },
        { "Do outsourcing providers bring efficiency and expertise?", "benefits-outsourcing", ["technolog", "best practice"] },
        { "Give me an example of outsourcing customer support abroad", "example", ["call cent", "round-the-clock|24/7|around the clock", "multilingual|languages"] },
        { "Should we outsource or offshore?", "choose-strategy", ["objective", "resource", "nature of the task|type of task|kind of task"] },
    };

    public static TheoryData<string, string, string[]> BeyondTheArticle => new()
    {
        { "What is nearshoring?", "define-nearshoring", ["nearby|neighbouring|close"] },
        { "What does onshoring mean?", "define-onshoring", ["same country|domestic", "back|reshoring"] },
        { "What is domestic outsourcing?", "define-onshoring", ["same country|home country|domestic"] },
        { "What is offshore outsourcing?", "define-offshore-outsourcing", ["third|provider|vendor", "foreign|abroad|another country"] },
        { "What is a global capability centre?", "define-captive-centre", ["control|own"] },
        { "What is BPO?", "define-bpo", ["business process"] },
        { "What is the difference between BPO, ITO and KPO?", "define-bpo", ["knowledge", "IT"] },
        { "How does build-operate-transfer work?", "define-bot-model", ["transfer", "build", "operate"] },
        { "Staff augmentation or managed services?", "define-staff-aug", ["direction|control", "service level|SLA"] },
        { "What is reshoring?", "define-reshoring", ["back"] },
        { "What is backsourcing?", "define-reshoring", ["in-house"] },
        { "Explain the who and where of sourcing models", "distinction", ["captive", "in-house"] },
        { "What are the hidden costs of outsourcing?", "risks-outsourcing", ["transition|switching|contract"] },
        { "What can go wrong with vendor lock-in?", "risks-outsourcing", ["switching"] },
        { "What are the risks of offshoring?", "risks-offshoring", ["time zone|communication", "legal|law|regulat"] },
        { "How much money does outsourcing really save?", "cost", ["%"] },
        { "Which countries are best for offshoring services?", "location", ["Kearney", "India"] },
        { "How many hours of time zone overlap do we need with our team abroad?", "time-zones", ["overlap", "hour"] },
        { "Can we send customer personal data to a provider outside the EU under GDPR?", "legal-data", ["GDPR", "adequacy|standard contractual|SCC"] },
        { "Who owns the intellectual property when a vendor writes our code?", "legal-data", ["IP|intellectual property", "assign"] },
        { "How do we choose an outsourcing vendor?", "vendor-selection", ["reference|requirement|contract"] },
        { "I'm worried my job will be offshored. What happens to employees?", "employee-impact", ["HR|union|works council|representative"] },
        { "What is follow-the-sun?", "time-zones", ["hand"] },
    };

    [Theory]
    [MemberData(nameof(ArticleClaims))]
    [MemberData(nameof(BeyondTheArticle))]
    public void Answer_CoveredQuestion_ReachesTopicAndStatesTheClaim(string question, string topics, string[] claims)
    {
        var result = EmbeddedKnowledge.Answerer.Answer(question);

        result.Outcome.Should().Be(AnswerOutcome.Answered, $"\"{question}\" must be answered (best: {result.Entry?.Id}, {result.Confidence})");
        topics.Split('|').Should().Contain(result.Topic, $"\"{question}\" was answered by {result.Entry?.Id}");
        var text = string.Join("\n", result.Entry!.Sections.Select(s => s.Text).Prepend(result.Entry.Answer));
        foreach (var claim in claims)
        {
            claim.Split('|').Should().Contain(word => text.Contains(word, StringComparison.OrdinalIgnoreCase),
                $"the answer to \"{question}\" ({result.Entry.Id}) must mention {claim.Replace("|", " or ", StringComparison.Ordinal)}");
        }
    }

    [Fact]
    public void Entries_EveryFigure_HasPublisherYearAndUrl()
    {
        var figures = EmbeddedKnowledge.Answerer.Knowledge.Entries.SelectMany(entry => entry.Figures).ToList();

        figures.Should().NotBeEmpty();
        figures.Should().OnlyContain(figure => figure.Source.Publisher.Length > 0 && figure.Source.Year.Length > 0
            && figure.Source.Url.IsAbsoluteUri);
    }

    [Fact]
    public void Entries_EveryDomainAnswer_CitesASource()
    {
        var uncited = EmbeddedKnowledge.Answerer.Knowledge.Entries
            .Where(entry => Topics.IsDomain(entry.Topic) && entry.AllSources().Count == 0)
            .Select(entry => entry.Id);

        uncited.Should().BeEmpty();
    }

    [Fact]
    public void Entries_EveryTopicOfTheTaxonomy_HasAnEntry()
    {
        var topics = EmbeddedKnowledge.Answerer.Knowledge.Entries.Select(entry => entry.Topic).ToHashSet();

        Topics.All.Where(topic => !topics.Contains(topic)).Should().BeEmpty();
    }
}
