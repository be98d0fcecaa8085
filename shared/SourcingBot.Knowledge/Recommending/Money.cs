namespace SourcingBot.Knowledge.Recommending;

/// <summary>An amount of money in one currency.</summary>
/// <param name="Amount">The amount, e.g. 250000.</param>
/// <param name="Currency">The ISO 4217 code, e.g. "USD" or "EUR".</param>
public sealed record Money(decimal Amount, string Currency);
