using SourcingBot.Conversations.Insights;
using SourcingBot.Conversations.State;
using SourcingBot.Conversations.Turns;
using SourcingBot.Knowledge.Assessment;

namespace SourcingBot.Conversations.Dialogs;

// "Talk to an expert": asks name, work email, company and a preferred contact time, then shows the details back
// with the request for consent in the same message. Only a yes stores them; cancel (or no) at any step stores nothing.
internal sealed class LeadDialog(DialogContext context)
{
    public const int MaximumLength = 200;

    // Name, work email, company and contact time: the questions before the consent.
    private const int DetailCount = 4;

    private static readonly string[] Phrases =
    [
        "talk to an expert", "speak to an expert", "speak with an expert", "talk with an expert", "contact an expert",
        "talk to a consultant", "speak to a consultant", "talk to a human", "talk to a person", "talk to someone",
        "speak to someone", "have someone contact me", "have an expert contact me", "get in touch with an expert",
    ];

    private static readonly string[] Refusals = ["no", "nope", "no thanks", "no thank you", "don t", "do not", "i don t agree", "i do not agree", "not now"];

    public static bool IsRequest(string? text)
    {
        var normalized = Utterance.Normalize(text);
        return Phrases.Any(phrase => Utterance.ContainsPhrase(normalized, phrase));
    }

    public static ReplyAction Offer => AssessmentReplies.Command("Talk to an expert", DialogCommand.Expert);

    public DialogOutcome Start(DialogState state)
    {
        var intro = context.Scope == ConversationScope.Shared
            ? "Happy to put you in touch with one of our sourcing experts. Everyone in this conversation can read your details, so you may prefer a private chat. "
            : "Happy to put you in touch with one of our sourcing experts. I need four details, and nothing is stored until you agree at the end. ";
        return Ask(state, new LeadProgress { Step = LeadStep.Name }, intro);
    }

    public DialogOutcome Continue(DialogState state, LeadProgress progress, string? text, DialogCommand? command)
    {
        if (command is DialogCommand.Cancel || (progress.Step == LeadStep.Consent && Refusals.Contains(Utterance.Core(text), StringComparer.Ordinal)))
        {
            return new DialogOutcome(state with { Lead = null }, [AssessmentReplies.Message(
                "No problem — I haven't stored any of your details. Ask me anything else about sourcing whenever you like.")]);
        }

        if (command is DialogCommand.Help)
        {
            return Ask(state, progress, "Answer in your own words, or say **cancel** to stop; nothing is stored until you agree. ");
        }

        var answer = (text ?? string.Empty).Trim();
        switch (progress.Step)
        {
            case LeadStep.Name when Valid(answer):
                return Ask(state, progress with { Name = answer, Step = LeadStep.Email }, string.Empty);
            case LeadStep.Email when LeadEmail.Find(answer) is { } email:
                return LeadEmail.IsPersonal(email)
                    ? Ask(state, progress, "That looks like a personal address; please give your work email, so the expert knows which company to prepare for. ")
                    : Ask(state, progress with { Email = email, Step = LeadStep.Company }, string.Empty);
            case LeadStep.Email:
                return Ask(state, progress, "That doesn't look like an email address. ");
            case LeadStep.Company when Valid(answer):
                return Ask(state, progress with { Company = answer, Step = LeadStep.ContactTime }, string.Empty);
            case LeadStep.ContactTime when Valid(answer):
                return Ask(state, progress with { ContactTime = answer, Step = LeadStep.Consent }, string.Empty);
            case LeadStep.Consent when command is DialogCommand.Confirm:
                return Agreed(state, progress);
            default:
                return Ask(state, progress, progress.Step == LeadStep.Consent
                    ? "Please say **yes** to agree, or **no** to leave without storing anything. "
                    : $"Please answer in at most {MaximumLength} characters. ");
        }
    }

    private DialogOutcome Agreed(DialogState state, LeadProgress progress)
    {
        var details = new LeadDetails(progress.Name!, progress.Email!, progress.Company!, progress.ContactTime!, Strategy(state));
        var reply = AssessmentReplies.Message(
            $"Thank you, {details.Name}. An expert will contact you at {details.Email} ({details.ContactTime}). "
            + "If you change your mind, say **forget me** and I'll erase your details.");
        return new DialogOutcome(state with { Lead = null }, [reply], NewLead: details);
    }

    private string? Strategy(DialogState state) =>
        state.LastAnswers is { } answers && context.Loaded.Recommender is { } recommender
            ? recommender.Recommend(ProfileBuilder.Build(context.Assessment, answers), context.Today).Recommended.Id
            : null;

    private static DialogOutcome Ask(DialogState state, LeadProgress progress, string lead)
    {
        var cancel = AssessmentReplies.Command("Cancel", DialogCommand.Cancel);
        var reply = progress.Step switch
        {
            LeadStep.Name => Question(lead + "What's your name?", cancel, LeadStep.Name, "Ada Lovelace"),
            LeadStep.Email => Question(lead + $"Thanks, {progress.Name}. What's your work email?", cancel, LeadStep.Email, "ada@example.com"),
            LeadStep.Company => Question(lead + "Which company are you with?", cancel, LeadStep.Company, "Analytical Engines Ltd"),
            LeadStep.ContactTime => Question(lead + "When do you prefer to be contacted? (for example *weekday mornings CET*)", cancel, LeadStep.ContactTime, "weekday mornings CET"),
            _ => new Reply
            {
                Kind = ReplyKind.Message,
                Title = "May an expert contact you?",
                Text = lead + $"**Name:** {progress.Name}\n**Work email:** {progress.Email}\n**Company:** {progress.Company}\n"
                    + $"**Preferred contact time:** {progress.ContactTime}\n\n"
                    + "Do you agree that we store these details and that one of our sourcing experts contacts you about them? "
                    + "You can withdraw at any time by saying **forget me**.",
                Choices = [AssessmentReplies.Command("Yes, contact me", DialogCommand.Confirm), AssessmentReplies.Command("No, thanks", DialogCommand.Cancel)],
            },
        };
        return new DialogOutcome(state with { Lead = progress }, [reply]);
    }

    // Each detail is asked with a free-text prompt, so channels that cannot take typed text where the question
    // appears (a private Discord flow) offer an input for it, and rich channels show a text field.
    private static Reply Question(string text, ReplyAction cancel, LeadStep step, string example) => new()
    {
        Kind = ReplyKind.Message,
        Text = text,
        Suggestions = [cancel],
        Prompt = new ReplyPrompt(PromptId(step), StepKind.FreeText, [], example, (int)step + 1, DetailCount, CanSkip: false, CanGoBack: false),
    };

    private static string PromptId(LeadStep step) => step switch
    {
        LeadStep.Name => "lead-name",
        LeadStep.Email => "lead-email",
        LeadStep.Company => "lead-company",
        _ => "lead-contact-time",
    };

    private static bool Valid(string answer) => answer.Length is > 0 and <= MaximumLength && answer.Any(char.IsLetterOrDigit);
}
