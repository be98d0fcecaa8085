using System.Globalization;
using SourcingBot.Knowledge.Answering;
using Xunit.Abstractions;

namespace SourcingBot.Knowledge.Tests.Evaluation;

// Measured quality on questions written apart from the knowledge file: top-1 topic accuracy, and
// no off-topic question answered with a domain entry.
public sealed class EvaluationSetTests(ITestOutputHelper output)
{
    private const double RequiredAccuracy = 0.90;

    [Fact]
    public void EvaluationSet_IsLargeAndCoversEveryTopic()
    {
        EvaluationSet.All.Should().HaveCountGreaterThanOrEqualTo(150);
        EvaluationSet.All.Select(question => question.Topic).Should().OnlyContain(topic => Topics.IsKnown(topic));
        Topics.All.Should().OnlyContain(topic => EvaluationSet.All.Any(question => question.Topic == topic));
    }

    [Fact]
    public void EvaluationSet_IsNotCopiedIntoTheKnowledge()
    {
        var phrasings = EmbeddedKnowledge.Answerer.Knowledge.Entries
            .SelectMany(entry => entry.Questions)
            .Select(Normalise)
            .ToHashSet();

        EvaluationSet.All.Where(question => phrasings.Contains(Normalise(question.Text))).Should().BeEmpty();
    }

    [Fact]
    public void Answer_EvaluationSet_TopTopicAccuracyIsAtLeast90Percent()
    {
        var outcomes = EvaluationSet.All.Select(question => (Question: question, Topic: TopTopic(question.Text))).ToList();
        var correct = outcomes.Count(outcome => outcome.Topic == outcome.Question.Topic);
        var accuracy = (double)correct / outcomes.Count;

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Top-1 topic accuracy: {correct}/{outcomes.Count} = {accuracy:P1}"));
        foreach (var kind in outcomes.GroupBy(outcome => outcome.Question.Kind).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {kind.Key}: {kind.Count(o => o.Topic == o.Question.Topic)}/{kind.Count()}"));
        }

        foreach (var outcome in EvaluationSet.All
                     .Select(question => (question, result: EmbeddedKnowledge.Answerer.AnswerParts(question.Text)[0]))
                     .GroupBy(pair => pair.result.Outcome))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  outcome {outcome.Key}: {outcome.Count()} questions, top topic right for {outcome.Count(p => TopTopic(p.question.Text) == p.question.Topic)}, right topic among the choices for {outcome.Count(p => p.result.Alternatives.Any(a => a.Topic == p.question.Topic))}"));
        }

        foreach (var (question, topic) in outcomes.Where(outcome => outcome.Topic != outcome.Question.Topic))
        {
            output.WriteLine($"  MISS [{question.Topic} → {topic}] {question.Text}");
        }

        accuracy.Should().BeGreaterThanOrEqualTo(RequiredAccuracy);
    }

    [Fact]
    public void Answer_OffTopicQuestions_AreNeverAnsweredWithADomainEntry()
    {
        var answered = EvaluationSet.All
            .Where(question => question.Topic == Topics.OffTopic)
            .SelectMany(question => EmbeddedKnowledge.Answerer.AnswerParts(question.Text).Select(result => (question.Text, result)))
            .Where(pair => pair.result.Outcome is AnswerOutcome.Answered or AnswerOutcome.Ambiguous && Topics.IsDomain(pair.result.Topic!))
            .Select(pair => $"{pair.Text} → {pair.result.Entry!.Id}")
            .ToList();

        answered.Should().BeEmpty();
    }

    [Fact]
    public void AnswerParts_MultiPartQuestions_AnswerTheLaterParts()
    {
        var multiPart = EvaluationSet.All.Where(question => question.Also.Count > 0).ToList();
        var found = multiPart.Sum(question =>
        {
            var topics = EmbeddedKnowledge.Answerer.AnswerParts(question.Text).Select(result => result.Topic).ToHashSet();
            return question.Also.Count(topics.Contains);
        });
        var expected = multiPart.Sum(question => question.Also.Count);

        output.WriteLine($"Later parts answered: {found}/{expected}");
        multiPart.Should().NotBeEmpty();
        ((double)found / expected).Should().BeGreaterThanOrEqualTo(0.75);
    }

    [Fact]
    public void Confidence_IsCalibrated_HigherConfidenceIsMoreOftenRight()
    {
        var scored = EvaluationSet.All
            .Where(question => Topics.IsDomain(question.Topic))
            .Select(question => EmbeddedKnowledge.Answerer.Answer(question.Text) is var result
                ? (result.Confidence, Correct: result.Topic == question.Topic)
                : default)
            .ToList();
        var bands = new[] { (0.0, 0.5), (0.5, 0.7), (0.7, 1.01) };
        foreach (var (low, high) in bands)
        {
            var band = scored.Where(s => s.Confidence >= low && s.Confidence < high).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"confidence [{low:0.0}, {Math.Min(high, 1):0.0}): {band.Count} questions, {(band.Count == 0 ? 0 : band.Count(s => s.Correct) / (double)band.Count):P0} right"));
        }

        var confident = scored.Where(s => s.Confidence >= 0.7).ToList();
        confident.Count(s => s.Correct).Should().BeGreaterThanOrEqualTo((int)(confident.Count * 0.9));
    }

    private static string TopTopic(string text)
    {
        var first = EmbeddedKnowledge.Answerer.AnswerParts(text)[0];
        return first.Outcome is AnswerOutcome.Declined or AnswerOutcome.NotUnderstood ? Topics.OffTopic : first.Topic!;
    }

    private static string Normalise(string text) =>
        string.Concat(text.ToLowerInvariant().Where(char.IsLetterOrDigit));
}
