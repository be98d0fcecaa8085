using System.Text.RegularExpressions;
using SourcingBot.Conversations.Parsing;
using SourcingBot.Knowledge.Assessment;

namespace SourcingBot.Conversations.Assessment.Reading;

// An amount with its currency: "$250k a year", "250 000 EUR", "£1.2 million", "EUR 90,000", "€90k", "$2m".
internal static partial class MoneyReader
{
    // The recognizer reads "k" but not the business shorthands for millions and billions ("$2m", "€1.5bn").
    [GeneratedRegex(@"(?<=\d)\s?(?:m|mn|mm|mio|mil)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Millions();

    [GeneratedRegex(@"(?<=\d)\s?(?:bn|b)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Billions();

    public static ReadResult Read(AssessmentStep step, string text)
    {
        text = Billions().Replace(Millions().Replace(text, " million"), " billion");
        var money = FreeAnswerParser.ParseMoney(text);
        if (money is null)
        {
            // A number alone is most likely the amount without its currency; say how to add it.
            return FreeAnswerParser.ParseNumber(text) is { } number
                ? ReadResult.Rejected(
                    $"I read {NumberText.Format(number)} but no currency — say ${NumberText.Short(Math.Abs(number))} or {NumberText.Format(Math.Abs(number)).Replace(',', ' ')} EUR.")
                : ReadResult.NotAnswer;
        }

        if (money.Amount <= 0)
        {
            return ReadResult.Rejected("The amount needs to be more than zero; how much is it?");
        }

        if (step.Minimum is { } minimum && money.Amount < minimum)
        {
            return ReadResult.Rejected($"That's less than {money.Currency} {NumberText.Format(minimum)}; how much is it?");
        }

        if (step.Maximum is { } maximum && money.Amount > maximum)
        {
            return ReadResult.Rejected($"That's more than {money.Currency} {NumberText.Format(maximum)}; how much is it?");
        }

        return ReadResult.Read(new StepAnswer { Money = money, Display = $"{money.Currency} {NumberText.Format(money.Amount)}" });
    }
}
