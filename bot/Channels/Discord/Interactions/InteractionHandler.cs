using System.Text.Json;
using Microsoft.Extensions.Options;
using SourcingBot.Channels.Discord.Rendering;
using SourcingBot.Channels.Discord.Rest;
using SourcingBot.Conversations.Engine;
using SourcingBot.Conversations.Turns;

namespace SourcingBot.Channels.Discord.Interactions;

// What each verified interaction means: slash commands and component clicks become turns of the engine,
// autocomplete and modals are answered here. Commands answer in the channel; /recommend and everything
// it leads to is ephemeral, updating its own message as the user advances.
internal sealed class InteractionHandler(
    InteractionResponder responder,
    DefinitionAutocomplete autocomplete,
    IKnowledgeProvider knowledge,
    IOptions<DiscordOptions> options)
{
    private const int Ephemeral = InteractionTypes.EphemeralFlag;

    public Task<InteractionResult> HandleAsync(Interaction interaction, CancellationToken cancellationToken) => interaction.Type switch
    {
        InteractionTypes.ApplicationCommand => CommandAsync(interaction, cancellationToken),
        InteractionTypes.MessageComponent => ComponentAsync(interaction, cancellationToken),
        InteractionTypes.Autocomplete => Task.FromResult(Autocomplete(interaction)),
        InteractionTypes.ModalSubmit => ModalSubmitAsync(interaction, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(interaction), interaction.Type, "Not an interaction type the handler takes."),
    };

    private Task<InteractionResult> CommandAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var user = interaction.Actor!.Id;
        var (conversation, scope) = ConversationKeys.For(interaction.GuildId, interaction.ChannelIdOrNull!, user);
        var publicFlags = (int?)null;
        IncomingTurn Turn(string? text, IReadOnlyDictionary<string, string>? value = null) =>
            new(ConversationKeys.Channel, conversation, user, text, value, scope);

        switch (interaction.Data?.Name)
        {
            case "help":
                return responder.RespondAsync(interaction, Turn("help"), Buttons(publicFlags, withCommands: true), cancellationToken);
            case "define" when Option(interaction, "term") is { Length: > 0 } term:
                var entry = knowledge.Current.Knowledge.FindEntry(term);
                return entry is not null
                    ? responder.RespondAsync(interaction, Turn(entry.Label, ActionValues.AskEntry(entry.Id)), Buttons(publicFlags), cancellationToken)
                    : responder.RespondAsync(interaction, Turn($"what is {Limit(term)}?"), Buttons(publicFlags), cancellationToken);
            case "compare" when Option(interaction, "first") is { } first && Option(interaction, "second") is { } second:
                return first == second
                    ? Notice("Pick two different strategies to compare.")
                    : responder.RespondAsync(interaction, Turn($"compare {first} and {second}", ActionValues.CompareStrategies(first, second)), Buttons(publicFlags), cancellationToken);
            case "ask" when Option(interaction, "question") is { } question && !string.IsNullOrWhiteSpace(question):
                return responder.RespondAsync(interaction, Turn(Limit(question)), Buttons(publicFlags), cancellationToken);
            case "recommend":
                var (flow, flowScope) = ConversationKeys.Flow(user);
                var start = new IncomingTurn(ConversationKeys.Channel, flow, user, "recommend", ActionValues.StartAssessment, flowScope);
                return responder.RespondAsync(interaction, start, FlowDelivery(update: false), cancellationToken);
            default:
                return Notice("I don't know that command (yet). Try /help.");
        }
    }

    private async Task<InteractionResult> ComponentAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var click = CustomIds.Decode(interaction.Data?.CustomId, interaction.Data?.Values);
        if (click is null)
        {
            return await Notice("That button has expired. Use /recommend to start again, or /help to see what I can do.");
        }

        return click.Kind switch
        {
            ClickKind.OpenModal => OpenModal(click.StepId!),
            ClickKind.Share => await ShareAsync(interaction, cancellationToken),
            ClickKind.Private => await Notice(
                "For budgets and other company details, continue privately: use **/recommend**, or press the button. Only you will see the questions and your answers.",
                [new Component { Type = ComponentTypes.ActionRow, Components = [new Component { Type = ComponentTypes.Button, Style = ComponentTypes.Primary, Label = "Start privately", CustomId = "x" }] }]),
            _ => await TurnAsync(interaction, click, cancellationToken),
        };
    }

    private Task<InteractionResult> ModalSubmitAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var text = ModalRenderer.SubmittedText(interaction.Data?.Components);
        var click = CustomIds.Decode(interaction.Data?.CustomId, null, text is null ? null : Limit(text));
        return click is null
            ? Notice("I couldn't read that answer; type it again, please.")
            : TurnAsync(interaction, click, cancellationToken);
    }

    private Task<InteractionResult> TurnAsync(Interaction interaction, ClickedAction click, CancellationToken cancellationToken)
    {
        var user = interaction.Actor!.Id;
        var onEphemeral = ((interaction.Message?.Flags ?? 0) & Ephemeral) != 0;
        var starts = click.Value?.GetValueOrDefault(ActionValues.ActionKey) == ActionValues.Assess;
        if (onEphemeral || starts)
        {
            // The private flow: moving on updates its message; a knowledge answer comes as a new private message.
            var (flow, scope) = ConversationKeys.Flow(user);
            var turn = new IncomingTurn(ConversationKeys.Channel, flow, user, click.Text, click.Value, scope);
            return responder.RespondAsync(interaction, turn, FlowDelivery(update: onEphemeral && click.AdvancesFlow), cancellationToken);
        }

        // A click on a public message answers the one who clicked, privately in a server.
        var (conversation, channelScope) = ConversationKeys.For(interaction.GuildId, interaction.ChannelIdOrNull!, user);
        var shared = new IncomingTurn(ConversationKeys.Channel, conversation, user, click.Text, click.Value, channelScope);
        return responder.RespondAsync(interaction, shared, Buttons(interaction.GuildId is null ? null : Ephemeral), cancellationToken);
    }

    // "Share to channel": the recommendation's summary, posted for everyone in the channel.
    private Task<InteractionResult> ShareAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var user = interaction.Actor!.Id;
        var (flow, scope) = ConversationKeys.Flow(user);
        var turn = new IncomingTurn(ConversationKeys.Channel, flow, user, "summary", ActionValues.RunCommand(DialogCommand.Summary), scope);
        var delivery = new Delivery(Update: false, Flags: null, result =>
        {
            var copy = result.Replies.FirstOrDefault(reply => reply.CopyText is not null)?.CopyText;
            return copy is null
                ? [MessageComposer.Notice("There's no finished recommendation to share yet.", Ephemeral)]
                : MessageComposer.Paginate(EmbedRenderer.RenderShared(copy, user), [], flags: null);
        });
        return responder.RespondAsync(interaction, turn, delivery, cancellationToken);
    }

    private InteractionResult OpenModal(string stepId)
    {
        var assessment = knowledge.Current.Knowledge.Assessment;
        // A question outside the assessment (contact details, say) gets a plain input; either way the typed
        // text goes to the engine like any typed answer, and the engine reads it against its current question.
        var modal = assessment.FindStep(stepId) is { } step
            ? ModalRenderer.ForStep(step, assessment.Steps.ToList().IndexOf(step) + 1, assessment.Steps.Count, options.Value.MaxTextLength)
            : ModalRenderer.ForAnswer(stepId);
        return InteractionResult.Of(new ModalResponse(InteractionTypes.Modal, modal), DiscordJsonContext.Default.ModalResponse);
    }

    private InteractionResult Autocomplete(Interaction interaction)
    {
        var focused = interaction.Data?.Options?.FirstOrDefault(option => option.Focused == true);
        var choices = interaction.Data?.Name == "define" && focused?.Name == "term"
            ? autocomplete.Suggest(focused.Value is { ValueKind: JsonValueKind.String } value ? value.GetString() : null)
            : [];
        var response = new AutocompleteResponse(InteractionTypes.AutocompleteResult, new AutocompleteData(choices));
        return InteractionResult.Of(response, DiscordJsonContext.Default.AutocompleteResponse);
    }

    private static Delivery Buttons(int? flags, bool withCommands = false) => new(Update: false, flags, result =>
    {
        var replies = withCommands ? result.Replies.Append(CommandsHelp).ToArray() : result.Replies;
        return MessageComposer.Compose(replies, RenderMode.Buttons, flags);
    });

    private static Delivery FlowDelivery(bool update) =>
        new(update, Ephemeral, result => MessageComposer.Compose(result.Replies, RenderMode.Flow, Ephemeral));

    private static Task<InteractionResult> Notice(string text, IReadOnlyList<Component>? components = null) =>
        Task.FromResult(Json(new MessageResponse(InteractionTypes.ChannelMessage, MessageComposer.Notice(text, Ephemeral, components))));

    private static InteractionResult Json(MessageResponse response) => InteractionResult.Of(response, DiscordJsonContext.Default.MessageResponse);

    private string Limit(string text) => text.Length <= options.Value.MaxTextLength ? text.Trim() : text[..options.Value.MaxTextLength].Trim();

    private static string? Option(Interaction interaction, string name) =>
        interaction.Data?.Options?.FirstOrDefault(option => option.Name == name)?.Value is { ValueKind: JsonValueKind.String } value
            ? value.GetString()
            : null;

    private static Reply CommandsHelp { get; } = new()
    {
        Kind = ReplyKind.Message,
        Title = "Slash commands",
        Text = "**/ask** a question · **/define** a term · **/compare** two strategies · **/recommend** a strategy for your company "
            + "(private: only you see the questions and your answers) · **/help**. You can also mention me or send me a direct message.",
    };
}
