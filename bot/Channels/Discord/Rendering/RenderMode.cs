namespace SourcingBot.Channels.Discord.Rendering;

internal enum RenderMode
{
    /// <summary>A message answering a command or a click: embeds with buttons.</summary>
    Buttons,

    /// <summary>The private <c>/recommend</c> flow: inputs for the question asked, restart, and "Share to channel" under a result.</summary>
    Flow,

    /// <summary>A reply to a typed message (gateway): embeds only, options numbered so they can be typed.</summary>
    Text,
}
