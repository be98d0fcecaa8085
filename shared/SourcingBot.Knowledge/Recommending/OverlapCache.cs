using System.Collections.Concurrent;

namespace SourcingBot.Knowledge.Recommending;

// The overlaps depend only on the headquarters zone and the date, and computing them (dozens of
// UTC-offset look-ups) costs more than scoring, while a running bot sees few zones and one date a
// day. Kept per engine and bounded: emptied when it reaches Capacity entries. The lists are shared
// by the recommendations that use them, so they are read-only.
internal sealed class OverlapCache(RecommendationRules rules)
{
    private const int Capacity = 1024;

    private readonly ConcurrentDictionary<(string Zone, DateOnly Date), IReadOnlyList<RegionOverlap>> _overlaps = new();

    public IReadOnlyList<RegionOverlap> For(string headquartersZone, DateOnly date)
    {
        if (_overlaps.TryGetValue((headquartersZone, date), out var known))
        {
            return known;
        }

        if (_overlaps.Count >= Capacity)
        {
            _overlaps.Clear();
        }

        return _overlaps.GetOrAdd(
            (headquartersZone, date),
            key => OverlapCalculator.ForRegions(key.Zone, rules, key.Date).ToArray().AsReadOnly());
    }
}
