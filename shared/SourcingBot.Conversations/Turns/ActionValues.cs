namespace SourcingBot.Conversations.Turns;

/// <summary>The keys and actions that buttons carry in <see cref="IncomingTurn.Value"/>.</summary>
public static class ActionValues
{
    /// <summary>The key naming the action.</summary>
    public const string ActionKey = "action";

    /// <summary>Show a knowledge entry: <c>{ action: ask, entryId }</c>.</summary>
    public const string Ask = "ask";

    /// <summary>Compare two strategies: <c>{ action: compare, first, second }</c>.</summary>
    public const string Compare = "compare";

    /// <summary>"None of these" after a did-you-mean.</summary>
    public const string None = "none";

    /// <summary>The key naming a knowledge entry.</summary>
    public const string EntryIdKey = "entryId";

    /// <summary>The key naming the first strategy of a comparison.</summary>
    public const string FirstKey = "first";

    /// <summary>The key naming the second strategy of a comparison.</summary>
    public const string SecondKey = "second";

    /// <summary>A value that asks for one knowledge entry.</summary>
    public static IReadOnlyDictionary<string, string> AskEntry(string entryId) =>
        new Dictionary<string, string>(StringComparer.Ordinal) { [ActionKey] = Ask, [EntryIdKey] = entryId };

    /// <summary>A value that asks for a comparison.</summary>
    public static IReadOnlyDictionary<string, string> CompareStrategies(string firstId, string secondId) =>
        new Dictionary<string, string>(StringComparer.Ordinal) { [ActionKey] = Compare, [FirstKey] = firstId, [SecondKey] = secondId };

    /// <summary>The "none of these" value.</summary>
    public static IReadOnlyDictionary<string, string> NoneOfThese { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal) { [ActionKey] = None };
}
