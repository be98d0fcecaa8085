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

    /// <summary>Start the guided assessment: <c>{ action: assess }</c>.</summary>
    public const string Assess = "assess";

    /// <summary>Answer an assessment step: <c>{ action: answer, step, options }</c> (option values, comma-separated).</summary>
    public const string Answer = "answer";

    /// <summary>An assessment command: <c>{ action: command, command, step? }</c>; see <see cref="DialogCommand"/>.</summary>
    public const string Command = "command";

    /// <summary>
    /// Continue in a private conversation: <c>{ action: private }</c>. The engine offers it in shared conversations;
    /// each channel renders it as its own way there (a deep link to the 1:1 chat, an ephemeral command).
    /// </summary>
    public const string Private = "private";

    /// <summary>The key naming an assessment step.</summary>
    public const string StepKey = "step";

    /// <summary>The key holding the chosen option values of a step, comma-separated.</summary>
    public const string OptionsKey = "options";

    /// <summary>The key naming a command.</summary>
    public const string CommandKey = "command";

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

    /// <summary>A value that starts the assessment.</summary>
    public static IReadOnlyDictionary<string, string> StartAssessment { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal) { [ActionKey] = Assess };

    /// <summary>The value of the "continue privately" button.</summary>
    public static IReadOnlyDictionary<string, string> ContinuePrivately { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal) { [ActionKey] = Private };

    /// <summary>A value that answers <paramref name="stepId"/> with the given option values.</summary>
    public static IReadOnlyDictionary<string, string> AnswerStep(string stepId, params IEnumerable<string> optionValues) =>
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ActionKey] = Answer,
            [StepKey] = stepId,
            [OptionsKey] = string.Join(',', optionValues),
        };

    /// <summary>A value that runs a command, optionally about one step (e.g. which answer to change).</summary>
    public static IReadOnlyDictionary<string, string> RunCommand(DialogCommand command, string? stepId = null)
    {
        var value = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ActionKey] = Command,
            [CommandKey] = DialogCommands.Name(command),
        };
        if (stepId is not null)
        {
            value[StepKey] = stepId;
        }

        return value;
    }

    /// <summary>The "none of these" value.</summary>
    public static IReadOnlyDictionary<string, string> NoneOfThese { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal) { [ActionKey] = None };
}
