namespace SourcingBot.Channels.Discord.Interactions;

// Interaction and interaction-response type numbers of API v10.
internal static class InteractionTypes
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;
    public const int Autocomplete = 4;
    public const int ModalSubmit = 5;

    public const int Pong = 1;
    public const int ChannelMessage = 4;
    public const int DeferredChannelMessage = 5;
    public const int DeferredUpdateMessage = 6;
    public const int UpdateMessage = 7;
    public const int AutocompleteResult = 8;
    public const int Modal = 9;

    /// <summary>The message flag that shows a message to the user who acted only.</summary>
    public const int EphemeralFlag = 1 << 6;
}
