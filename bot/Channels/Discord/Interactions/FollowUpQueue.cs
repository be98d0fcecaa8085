using System.Threading.Channels;
using SourcingBot.Channels.Discord.Rendering;
using SourcingBot.Channels.Discord.Rest;

namespace SourcingBot.Channels.Discord.Interactions;

// Hands webhook work (deferred edits, extra pages) from the endpoint to FollowUpSender. Bounded: when
// Discord is unreachable and work piles up, the oldest waits rather than memory growing without end.
internal sealed partial class FollowUpQueue(ILogger<FollowUpQueue> logger)
{
    private readonly Channel<FollowUpWork> _work = Channel.CreateBounded<FollowUpWork>(
        new BoundedChannelOptions(512) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
        _ => Log.Dropped(logger));

    public ChannelReader<FollowUpWork> Reader => _work.Reader;

    public void Defer(FollowUpWork work) => Enqueue(work);

    public void Enqueue(FollowUpWork work) => _work.Writer.TryWrite(work);

    /// <summary>The messages, each checked against Discord's limits; one that fails is replaced by an apology (and logged).</summary>
    public IReadOnlyList<DiscordMessage> Checked(IReadOnlyList<DiscordMessage> pages, bool isEdit)
    {
        var checkedPages = new List<DiscordMessage>(pages.Count);
        foreach (var page in pages)
        {
            var problems = MessageValidator.Validate(page, isEdit);
            if (problems.Count == 0)
            {
                checkedPages.Add(page);
                continue;
            }

            Log.InvalidMessage(logger, string.Join("; ", problems));
            checkedPages.Add(MessageComposer.Notice("Sorry, I couldn't lay that answer out for Discord. Please ask again in other words.", page.Flags));
        }

        return checkedPages.Count == 0 ? [MessageComposer.Notice("(no answer)", null)] : checkedPages;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "A rendered Discord message breaks a documented limit and was replaced: {Problems}")]
        public static partial void InvalidMessage(ILogger logger, string problems);

        [LoggerMessage(2, LogLevel.Warning, "The Discord follow-up queue is full; the oldest work was dropped")]
        public static partial void Dropped(ILogger logger);
    }
}
