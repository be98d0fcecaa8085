namespace SourcingBot.Knowledge.Model;

/// <summary>Words that help the bot understand questions.</summary>
/// <param name="Synonyms">Groups of words or phrases that mean the same for matching.</param>
/// <param name="ShortForms">Typed short forms and what they stand for.</param>
public sealed record Vocabulary(
    IReadOnlyList<IReadOnlyList<string>> Synonyms,
    IReadOnlyDictionary<string, string> ShortForms);
