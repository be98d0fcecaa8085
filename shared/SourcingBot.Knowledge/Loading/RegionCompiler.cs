using System.Globalization;
using SourcingBot.Knowledge.Recommending;

namespace SourcingBot.Knowledge.Loading;

// Validates the time-zone parts of the `recommendation:` sections: delivery regions, where each
// strategy can put the work, and the local business day.
internal sealed class RegionCompiler(ProblemLog common, List<KnowledgeProblem> problems, HashSet<string> strategyIds)
{
    public List<DeliveryRegion> CompileRegions((string File, RecommendationDocument Section)[] sections)
    {
        var result = new List<DeliveryRegion>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (file, region) in sections.SelectMany(s => (s.Section.Regions ?? []).Select(r => (s.File, r))))
        {
            var name = region.Name?.Trim();
            if (string.IsNullOrWhiteSpace(name) || !seen.Add(name))
            {
                common.Report(file, name, string.IsNullOrWhiteSpace(name) ? "regions: a region has no name" : "duplicate region name");
                continue;
            }

            var before = problems.Count;
            if (!OverlapCalculator.TryFindZone(region.TimeZone, out _))
            {
                common.Report(file, name, $"timeZone \"{region.TimeZone}\" is not a known IANA time zone, e.g. Europe/Warsaw");
            }

            var nearshore = ProblemLog.NonEmpty(region.NearshoreFor);
            var offshore = ProblemLog.NonEmpty(region.OffshoreFor);
            foreach (var area in nearshore.Concat(offshore).Where(a => !ConditionFields.Areas.Contains(a, StringComparer.Ordinal)))
            {
                common.Report(file, name, $"\"{area}\" is not a time-zone area ({string.Join(", ", ConditionFields.Areas)})");
            }

            if (nearshore.Length + offshore.Length == 0)
            {
                common.Report(file, name, "needs nearshoreFor or offshoreFor");
            }

            if (problems.Count == before)
            {
                result.Add(new DeliveryRegion { Name = name, TimeZone = region.TimeZone!.Trim(), NearshoreFor = nearshore, OffshoreFor = offshore });
            }
        }

        return result;
    }

    public Dictionary<string, IReadOnlyList<RegionKind>> CompileLocations((string File, RecommendationDocument Section)[] sections)
    {
        var result = new Dictionary<string, IReadOnlyList<RegionKind>>(StringComparer.Ordinal);
        foreach (var (file, (strategy, kinds)) in sections.SelectMany(s => (s.Section.Locations ?? []).Select(l => (s.File, l))))
        {
            if (!strategyIds.Contains(strategy))
            {
                common.Report(file, strategy, "locations: not a strategy id");
                continue;
            }

            var parsed = new List<RegionKind>();
            foreach (var kind in ProblemLog.NonEmpty(kinds))
            {
                if (Enum.TryParse<RegionKind>(kind, ignoreCase: true, out var value) && Enum.IsDefined(value) && !char.IsDigit(kind[0]))
                {
                    parsed.Add(value);
                }
                else
                {
                    common.Report(file, strategy, $"locations: \"{kind}\" is not one of home, nearshore, offshore");
                }
            }

            if (!result.TryAdd(strategy, parsed))
            {
                common.Report(file, strategy, "locations: listed twice");
            }
        }

        return result;
    }

    public (TimeOnly Start, TimeOnly End) CompileBusinessDay((string File, RecommendationDocument Section)[] sections)
    {
        var defined = sections.Where(s => s.Section.BusinessDay is not null).ToArray();
        if (defined.Length == 0)
        {
            return (RecommendationRules.Empty.BusinessDayStart, RecommendationRules.Empty.BusinessDayEnd);
        }

        foreach (var (file, _) in defined.Skip(1))
        {
            common.Report(file, "businessDay", $"defined more than once (first in {defined[0].File})");
        }

        var (first, section) = defined[0];
        var ok = TimeOnly.TryParseExact(section.BusinessDay!.Start, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start);
        ok &= TimeOnly.TryParseExact(section.BusinessDay.End, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end);
        if (!ok || end <= start)
        {
            common.Report(first, "businessDay", "start and end must be times like \"09:00\" and \"17:00\", with end after start");
            return (RecommendationRules.Empty.BusinessDayStart, RecommendationRules.Empty.BusinessDayEnd);
        }

        return (start, end);
    }
}
