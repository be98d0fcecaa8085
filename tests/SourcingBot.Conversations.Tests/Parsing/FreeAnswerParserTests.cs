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
}
