using SourcingBot.Conversations.Assessment.Reading;

namespace SourcingBot.Conversations.Tests.Assessment.Reading;

public sealed class MoneyReaderTests
{
    [Theory]
    [InlineData("$250k a year", 250_000, "USD", "USD 250,000")]
    [InlineData("250 000 EUR", 250_000, "EUR", "EUR 250,000")]
    [InlineData("£1.2 million", 1_200_000, "GBP", "GBP 1,200,000")]
    [InlineData("250k USD", 250_000, "USD", "USD 250,000")]
    [InlineData("EUR 90,000", 90_000, "EUR", "EUR 90,000")]
    [InlineData("$2m", 2_000_000, "USD", "USD 2,000,000")]
    [InlineData("about €1.5bn", 1_500_000_000, "EUR", "EUR 1,500,000,000")]
    [InlineData("2 mio EUR a year", 2_000_000, "EUR", "EUR 2,000,000")]
    [InlineData("€90k", 90_000, "EUR", "EUR 90,000")]
    [InlineData("CHF 100k", 100_000, "CHF", "CHF 100,000")]
    public void Read_AmountWithCurrency_ReadsIt(string text, int amount, string currency, string display)
    {
        var result = MoneyReader.Read(TestSteps.Budget, text);

        result.Answer!.Money!.Amount.Should().Be(amount);
        result.Answer.Money.Currency.Should().Be(currency);
        result.Answer.Display.Should().Be(display);
    }

    [Theory]
    [InlineData("250,000", "I read 250,000 but no currency — say $250k or 250 000 EUR.")]
    [InlineData("about 1.2 million", "I read 1,200,000 but no currency — say $1.2 million or 1 200 000 EUR.")]
    public void Read_NoCurrency_AsksForIt(string text, string problem) =>
        MoneyReader.Read(TestSteps.Budget, text).Problem.Should().Be(problem);

    [Theory]
    [InlineData("$0")]
    [InlineData("$-5")]
    [InlineData("minus 5 dollars")]
    public void Read_ZeroOrNegative_IsProblem(string text) =>
        MoneyReader.Read(TestSteps.Budget, text).Problem.Should().Be("The amount needs to be more than zero; how much is it?");

    [Fact]
    public void Read_NoAmount_IsNotAnswer() => MoneyReader.Read(TestSteps.Budget, "as little as possible").Should().Be(ReadResult.NotAnswer);
}
