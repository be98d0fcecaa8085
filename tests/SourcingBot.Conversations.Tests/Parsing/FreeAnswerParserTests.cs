using SourcingBot.Conversations.Parsing;

namespace SourcingBot.Conversations.Tests.Parsing;

public sealed class FreeAnswerParserTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Theory]
    [InlineData("about forty people", 40)]
    [InlineData("40", 40)]
    [InlineData("we need roughly 25 seats", 25)]
    [InlineData("two hundred and fifty", 250)]
    [InlineData("1,500 employees", 1500)]
    public void ParseNumber_FreeAnswer_FindsTheNumber(string text, double expected) =>
        FreeAnswerParser.ParseNumber(text).Should().Be((decimal)expected);

    [Theory]
    [InlineData("no idea")]
    [InlineData("")]
    public void ParseNumber_NoNumber_IsNull(string text) => FreeAnswerParser.ParseNumber(text).Should().BeNull();

    [Theory]
    [InlineData("$250k a year", 250_000, "USD")]
    [InlineData("250 000 EUR", 250_000, "EUR")]
    [InlineData("about £1.2 million", 1_200_000, "GBP")]
    [InlineData("€80,000", 80_000, "EUR")]
    public void ParseMoney_FreeAnswer_FindsAmountAndCurrency(string text, double amount, string currency)
    {
        var money = FreeAnswerParser.ParseMoney(text);

        money.Should().NotBeNull();
        money!.Amount.Should().Be((decimal)amount);
        money.Currency.Should().Be(currency);
    }

    [Fact]
    public void ParseMoney_NoCurrency_IsNull() => FreeAnswerParser.ParseMoney("about 40 people").Should().BeNull();

    [Theory]
    [InlineData("within 3 months", 2.9, 3.1)]
    [InlineData("2 weeks", 0.4, 0.5)]
    [InlineData("in six months", 5.9, 6.1)]
    [InlineData("by next March", 3.0, 4.0)]
    public void ParseMonthsUntil_FreeAnswer_GivesMonthsFromToday(string text, double low, double high) =>
        FreeAnswerParser.ParseMonthsUntil(text, Today).Should().BeInRange(low, high);

    [Fact]
    public void ParseMonthsUntil_NoTime_IsNull() => FreeAnswerParser.ParseMonthsUntil("as cheap as possible", Today).Should().BeNull();

    [Theory]
    [InlineData("40-50", 40, 50)]
    [InlineData("between 30 and 50 people", 30, 50)]
    [InlineData("30 to 50", 30, 50)]
    public void ParseNumberRange_ClosedRange_GivesBothEnds(string text, int low, int high) =>
        FreeAnswerParser.ParseNumberRange(text).Should().Be(((decimal)low, (decimal)high));

    [Theory]
    [InlineData("more than 100")]
    [InlineData("40")]
    public void ParseNumberRange_OpenOrNoRange_IsNull(string text) => FreeAnswerParser.ParseNumberRange(text).Should().BeNull();

    [Fact]
    public void ParseNumbers_List_GivesEachWithPosition() =>
        FreeAnswerParser.ParseNumbers("1 and two").Should().Equal((1m, 0, 1), (2m, 6, 3));

    [Theory]
    [InlineData("30%", 30)]
    [InlineData("about 30 percent", 30)]
    [InlineData("half", 50)]
    [InlineData("a third", 33.33)]
    public void ParsePercentage_PercentOrFraction_GivesPercent(string text, double expected) =>
        FreeAnswerParser.ParsePercentage(text).Should().Be((decimal)expected);

    [Fact]
    public void ParsePercentage_PlainNumber_IsNull() => FreeAnswerParser.ParsePercentage("30").Should().BeNull();

    [Theory]
    [InlineData("the second one", 4, new[] { 2 })]
    [InlineData("first and third", 4, new[] { 1, 3 })]
    [InlineData("2nd", 4, new[] { 2 })]
    [InlineData("the last one", 4, new[] { 4 })]
    public void ParseOrdinals_Ordinals_GivePositions(string text, int count, int[] expected) =>
        FreeAnswerParser.ParseOrdinals(text, count).Select(ordinal => ordinal.Position).Should().Equal(expected);

    [Theory]
    [InlineData("within 3 months", 3)]
    [InlineData("in six months", 6)]
    [InlineData("6 months", 6)]
    [InlineData("now", 0)]
    public void ParseMonthsFromToday_FutureOrNow_GivesMonths(string text, double expected) =>
        FreeAnswerParser.ParseMonthsFromToday(text, Today).Should().Be(expected);

    [Theory]
    [InlineData("last March")]
    [InlineData("by January 2025")]
    public void ParseMonthsFromToday_Past_IsNegative(string text) =>
        FreeAnswerParser.ParseMonthsFromToday(text, Today).Should().BeNegative();

    [Fact]
    public void ParseMonthsUntil_Past_IsNull() => FreeAnswerParser.ParseMonthsUntil("last March", Today).Should().BeNull();

    [Fact]
    public void ParseNumber_BeyondMaximumLength_IsNotRead()
    {
        var padding = new string('x', FreeAnswerParser.MaximumLength);

        FreeAnswerParser.ParseNumber("40 " + padding).Should().Be(40);
        FreeAnswerParser.ParseNumber(padding + " 40").Should().BeNull();
    }
}
