using SourcingBot.Conversations.Turns;

namespace SourcingBot.Conversations.Dialogs;

// Recognises commands typed in the user's own words. Only short messages that are nothing but the
// command count, so "why do you ask?" is a command while "why do companies offshore?" is a question.
internal static class CommandRecognizer
{
    private static readonly Dictionary<string, DialogCommand> Exact = Build(
        (DialogCommand.Help, ["help", "help me", "what can i say", "what do i do", "what should i say", "how does this work", "options", "commands", "i m confused", "i am confused", "what do you mean", "what does that mean", "i don t understand", "i dont understand", "huh", "what", "sorry"]),
        (DialogCommand.Why, ["why", "why do you ask", "why do you need this", "why do you need to know", "why do you want to know", "why does it matter", "why does that matter", "why is that relevant", "why is this relevant", "why that question", "why this question", "why ask", "why are you asking", "what for"]),
        (DialogCommand.Back, ["back", "go back", "previous", "previous question", "undo", "last question", "go to the previous question", "step back"]),
        (DialogCommand.Skip, ["skip", "skip this", "skip it", "skip this one", "skip that", "skip question", "skip the question", "pass", "next", "next question", "i don t know", "i dont know", "don t know", "dont know", "dunno", "no idea", "not sure", "i m not sure", "i am not sure", "unknown", "rather not say", "i d rather not say", "prefer not to say", "n a", "na"]),
        (DialogCommand.Cancel, ["cancel", "stop", "quit", "exit", "abort", "never mind", "nevermind", "cancel the assessment", "stop the assessment", "cancel assessment", "stop assessment", "end", "end the assessment"]),
        (DialogCommand.Restart, ["restart", "start over", "start again", "begin again", "reset", "restart the assessment", "start from scratch", "start over again", "from the beginning"]),
        (DialogCommand.Summary, ["summary", "show summary", "show the summary", "show me the summary", "markdown", "copy", "export", "copy summary", "markdown summary", "give me a summary", "summarise", "summarize"]),
        (DialogCommand.Confirm, ["yes", "y", "yep", "yeah", "correct", "that s right", "thats right", "looks good", "looks right", "all good", "confirm", "go ahead", "show the recommendation", "show my recommendation", "show me the recommendation", "recommendation please", "done", "right", "perfect", "fine", "good"]));

    private static readonly string[] ForgetPhrases =
    [
        "forget me", "delete my data", "erase my data", "delete my answers", "erase my answers", "forget my data",
        "remove my data", "forget everything", "delete everything about me", "delete our data", "forget us", "delete all my data",
    ];

    public static DialogCommand? Recognize(string? text)
    {
        var normalized = Utterance.Normalize(text);
        if (ForgetPhrases.Any(phrase => Utterance.ContainsPhrase(normalized, phrase)))
        {
            return DialogCommand.ForgetMe;
        }

        var core = Utterance.Core(text);
        return Exact.TryGetValue(core, out var command) ? command : null;
    }

    private static Dictionary<string, DialogCommand> Build(params (DialogCommand Command, string[] Phrases)[] groups) =>
        groups.SelectMany(group => group.Phrases.Select(phrase => (Phrase: Utterance.Normalize(phrase), group.Command)))
            .ToDictionary(pair => pair.Phrase, pair => pair.Command, StringComparer.Ordinal);
}
