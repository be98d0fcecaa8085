using SourcingBot.Channels.Teams.Cards;

namespace SourcingBot.Channels.Teams.Rendering;

// Teams refuses messages over about 28 KB. A card that would be larger is split into several cards in
// order (the buttons stay on the last one, under the content they follow), and a single element too large
// for any card is shortened.
internal static class CardSizeLimiter
{
    /// <summary>Room left for what the SDK adds to each message: ids, names, the service URL, the reply-to id.</summary>
    public const int EnvelopeBytes = 2048;

    private const string Cut = " … (shortened to fit in a Teams message)";

    // The comma between two elements of the card's body.
    private const int SeparatorBytes = 1;

    /// <param name="card">The card to send.</param>
    /// <param name="maxMessageBytes">The largest message Teams accepts.</param>
    /// <param name="measure">The size of a message carrying a card, serialized as it is sent.</param>
    public static IReadOnlyList<AdaptiveCard> Fit(AdaptiveCard card, int maxMessageBytes, Func<AdaptiveCard, int> measure)
    {
        var limit = maxMessageBytes - EnvelopeBytes;
        if (measure(card) <= limit)
        {
            return [card];
        }

        // Each element is measured once, alone in a card: a card of several elements is at most the empty
        // card plus each element's share and a separator, so splitting takes a measure per element, not a
        // measure of the growing card per element (which made a long recommendation megabytes of JSON).
        var fallback = card.FallbackText is null ? null : PlainText.Truncate(card.FallbackText, 300);
        var empty = measure(new AdaptiveCard([]) { FallbackText = fallback });
        var cards = new List<AdaptiveCard>();
        var current = new List<CardElement>();
        var size = empty;
        foreach (var element in card.Body)
        {
            var fitted = element;
            var alone = measure(new AdaptiveCard([element]) { FallbackText = fallback });
            if (alone > limit)
            {
                fitted = Shorten(element, limit, measure);
                alone = measure(new AdaptiveCard([fitted]) { FallbackText = fallback });
            }

            var share = alone - empty + SeparatorBytes;
            if (current.Count > 0 && size + share > limit)
            {
                cards.Add(new AdaptiveCard(current.ToArray()) { FallbackText = fallback });
                current = [];
                size = empty;
            }

            current.Add(fitted);
            size += share;
        }

        var last = new AdaptiveCard(current.ToArray()) { FallbackText = fallback, Actions = card.Actions };
        if (card.Actions.Count > 0 && current.Count > 0 && measure(last) > limit)
        {
            cards.Add(last with { Actions = [] });
            last = new AdaptiveCard([]) { FallbackText = fallback, Actions = card.Actions };
        }

        cards.Add(last);
        return cards;
    }

    private static TextBlock Shorten(CardElement element, int limit, Func<AdaptiveCard, int> measure)
    {
        if (element is not TextBlock text)
        {
            return new TextBlock("(This part is too long to show in Teams.)") { IsSubtle = true };
        }

        // The longest prefix that fits, by bisection; the margin leaves room for the card's fallback text.
        var (shortest, longest) = (0, text.Text.Length);
        while (shortest < longest)
        {
            var middle = (shortest + longest + 1) / 2;
            if (measure(new AdaptiveCard([Shortened(text, middle)])) <= limit - 1024)
            {
                shortest = middle;
            }
            else
            {
                longest = middle - 1;
            }
        }

        return Shortened(text, shortest);
    }

    private static TextBlock Shortened(TextBlock text, int length) =>
        text with { Text = string.Concat(text.Text.AsSpan(0, Math.Min(length, text.Text.Length)).TrimEnd(), Cut) };
}
