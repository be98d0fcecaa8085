using SourcingBot.Conversations.Assessment.Reading;

namespace SourcingBot.Conversations.Tests.Assessment.Reading;

public sealed class PhraseFinderTests
{
    [Theory]
    [InlineData("São Paulo", "sao paulo")]
    [InlineData("We DON'T, really!", "we dont really")]
    [InlineData("reduce-costs", "reduce cost")]
    [InlineData("companies", "company")]
    [InlineData("us access yes", "us access yes")]
    [InlineData("Wrocław, Düsseldorf", "wroclaw dusseldorf")]
    public void WordsOf_Text_NormalisesWords(string text, string expected) =>
        string.Join(' ', Words.Of(text)).Should().Be(expected);

    [Fact]
    public void Find_OverlappingPhrases_LongestWins()
    {
        var finder = new PhraseFinder<string>().Add("we do", "yes").Add("we do not", "no");

        finder.Find("well, we do not").Select(hit => hit.Tag).Should().Equal("no");
    }

    [Fact]
    public void Find_SameWordsForTwoTags_KeepsBoth()
    {
        var finder = new PhraseFinder<int>().Add("support", 1).Add("Support", 2);

        finder.Find("support").Select(hit => hit.Tag).Should().BeEquivalentTo([1, 2]);
    }

    [Theory]
    [InlineData("costly")]
    [InlineData("accost")]
    public void Find_PartOfAWord_DoesNotMatch(string text) =>
        new PhraseFinder<int>().Add("cost", 1).Find(text).Should().BeEmpty();
}
