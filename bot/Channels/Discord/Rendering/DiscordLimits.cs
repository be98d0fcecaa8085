namespace SourcingBot.Channels.Discord.Rendering;

// Every documented limit the bot's messages, components and commands must respect (API v10:
// Messages, Embeds, Components > Reference, Application Commands, Interactions).
internal static class DiscordLimits
{
    public const int Content = 2000;
    public const int EmbedsPerMessage = 10;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int EmbedFields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int FooterText = 2048;
    public const int EmbedTotal = 6000;
    public const int ActionRows = 5;
    public const int ButtonsPerRow = 5;
    public const int ButtonLabel = 80;
    public const int SelectOptions = 25;
    public const int SelectOptionText = 100;
    public const int SelectPlaceholder = 150;
    public const int CustomId = 100;
    public const int ModalTitle = 45;
    public const int ModalComponents = 5;
    public const int LabelText = 45;
    public const int LabelDescription = 100;
    public const int TextInputPlaceholder = 100;
    public const int TextInputLength = 4000;
    public const int AutocompleteChoices = 25;
    public const int ChoiceName = 100;
    public const int ChoiceValue = 100;
    public const int CommandName = 32;
    public const int CommandDescription = 100;
    public const int CommandOptions = 25;
}
