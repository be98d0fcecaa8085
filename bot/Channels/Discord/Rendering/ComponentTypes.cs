namespace SourcingBot.Channels.Discord.Rendering;

// Component type and style numbers of API v10 (Components > Reference).
internal static class ComponentTypes
{
    public const int ActionRow = 1;
    public const int Button = 2;
    public const int StringSelect = 3;
    public const int TextInput = 4;
    public const int Label = 18;

    public const int Primary = 1;
    public const int Secondary = 2;
    public const int Success = 3;
    public const int Danger = 4;
    public const int Link = 5;

    public const int ShortText = 1;
    public const int ParagraphText = 2;
}
