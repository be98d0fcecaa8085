namespace SourcingBot.Channels.Teams;

// The keys this channel adds to the data of card buttons, beside the engine's own action values
// (ActionValues). A submitted card comes back as a message whose value holds this data merged with the
// card's inputs, keyed by input id; TeamsTurnReader turns it back into a turn.
internal static class CardData
{
    /// <summary>Text to read as if typed: the id of free-answer inputs, and the data of example and yes/no buttons.</summary>
    public const string TextKey = "text";

    /// <summary>The clicked button's label, which becomes the turn's text (Teams does not send it).</summary>
    public const string LabelKey = "label";

    /// <summary>The id of a drop-down of actions; each option's value is the action's value as JSON.</summary>
    public const string ChoiceKey = "choice";
}
