using Microsoft.Bot.Schema;
using SourcingBot.Channels.Teams.Cards;
using SourcingBot.Channels.Teams.Rendering;
using SourcingBot.Conversations.Turns;
using Fact = SourcingBot.Channels.Teams.Cards.Fact;

namespace SourcingBot.Channels.Teams;

// What the bot says when it is added: a welcome card in a 1:1 chat, one short introduction in a team or
// group chat (never one message per member), and a one-line greeting when Teams skipped both.
internal static class WelcomeMessages
{
    public const string BotName = "SourcingBot";

    public static readonly IReadOnlyList<string> Examples =
    [
        "What's the difference between outsourcing and offshoring?",
        "What are the risks of offshoring?",
        "Compare nearshore outsourcing and a captive centre",
        "How much can offshoring save?",
    ];

    /// <summary>The commands of the manifest's command lists, with what they do.</summary>
    public static readonly IReadOnlyList<Fact> Commands =
    [
        new("help", "What I can do"),
        new("define <term>", "A definition, e.g. define nearshoring"),
        new("compare <a> and <b>", "Two strategies side by side"),
        new("recommend", "A few questions, then the strategy that fits you"),
        new("reset", "Start the assessment again"),
        new("forget me", "Erase what I stored about this chat"),
    ];

    private const string WhatIDo =
        "I help you decide how to source work: keep it in-house, outsource it (at home, nearshore or offshore) "
        + "or set up a captive centre of your own. I answer questions with their sources, compare strategies side by side, "
        + "and after a few short questions I recommend the strategy that fits your company.";

    public static Activity PersonalWelcome()
    {
        var body = new List<CardElement>
        {
            new TextBlock($"Hi, I'm {BotName}") { Size = "medium", Weight = "bolder", Style = "heading" },
            new TextBlock(WhatIDo),
            new TextBlock("Try asking") { Weight = "bolder", Separator = true, Spacing = "medium" },
        };
        body.AddRange(Examples.Select(example => new Container([new TextBlock(example) { Color = "accent" }])
        {
            SelectAction = new SubmitAction(example, Typed(example)) { ValidatesInputs = false },
            Spacing = "small",
        }));
        body.Add(new TextBlock("Commands") { Weight = "bolder", Separator = true, Spacing = "medium" });
        body.Add(new FactSet(Commands));
        var card = new AdaptiveCard(body)
        {
            Actions = [new SubmitAction("Get a recommendation", new Dictionary<string, string>(ActionValues.StartAssessment, StringComparer.Ordinal)
            {
                [CardData.LabelKey] = "Get a recommendation",
            }) { ValidatesInputs = false, Style = "positive" }],
            FallbackText = $"Hi, I'm {BotName}. {WhatIDo} Try: {string.Join(" · ", Examples)}. Commands: "
                + string.Join(", ", Commands.Select(command => command.Title)) + ".",
        };
        return TeamsReplyRenderer.Card(card, $"Hi, I'm {BotName}");
    }

    /// <summary>One introduction for everyone, naming (and mentioning) who added the bot when Teams says.</summary>
    public static Activity SharedIntroduction(ChannelAccount? addedBy, bool team)
    {
        var place = team ? "this team" : "this chat";
        var mention = addedBy?.Name is { Length: > 0 } name ? $"<at>{name}</at>" : null;
        var opening = mention is null ? $"Hi everyone, thanks for adding me to {place}." : $"Hi everyone, {mention} added me to {place}.";
        var activity = (Activity)Microsoft.Bot.Builder.MessageFactory.Text(
            $"{opening} I'm {BotName}: I answer questions about outsourcing, offshoring and nearshoring, with sources, "
            + $"and I can recommend a sourcing strategy. Mention me with a question, for example **@{BotName} what is nearshoring?**, "
            + $"or say **@{BotName} help**.");
        activity.TextFormat = TextFormatTypes.Markdown;
        if (mention is not null)
        {
            activity.Entities = [new Mention { Mentioned = addedBy, Text = mention, Type = "mention" }];
        }

        return activity;
    }

    /// <summary>A short greeting before the first answer, where no welcome was sent.</summary>
    public static Activity Greeting(ConversationScope scope)
    {
        var how = scope == ConversationScope.Shared ? $"mention me (**@{BotName}**) with a question" : "ask me anything about outsourcing and offshoring";
        var activity = (Activity)Microsoft.Bot.Builder.MessageFactory.Text(
            $"Hi, I'm {BotName}. To use me, {how}, or say **recommend** for a recommendation for your company. **help** shows everything I can do.");
        activity.TextFormat = TextFormatTypes.Markdown;
        return activity;
    }

    private static Dictionary<string, string> Typed(string text) =>
        new(StringComparer.Ordinal) { [CardData.TextKey] = text, [CardData.LabelKey] = text };
}
