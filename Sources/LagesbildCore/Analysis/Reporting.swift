/// Who reports: incidents per source (polis, kommun, bostadsbolag, skola, kollektivtrafik,
/// allmänhet, …) over time, and the partners that went quiet. A picture that silently lacks
/// a partner's reports is not the picture it seems.
public enum Reporting {
    /// A partner is *quiet* when it reported in the eight weeks before the last two weeks but
    /// nothing in the last two weeks up to `asOf`.
    public static let quietDays = 14
    public static let earlierDays = 56

    /// The first day `quietSources` looks at: the earlier weeks before the recent ones.
    public static func quietWindowStart(asOf: Day) -> Day { asOf.adding(days: -(quietDays - 1 + earlierDays)) }

    public static func quietSources<S: Sequence>(_ incidents: S, asOf: Day) -> [IncidentSource] where S.Element == Incident {
        let recentFrom = asOf.adding(days: -(quietDays - 1))
        let earlierFrom = quietWindowStart(asOf: asOf)
        var recent = Set<IncidentSource>(), earlier = Set<IncidentSource>()
        for i in incidents where i.date <= asOf && i.date >= earlierFrom {
            if i.date >= recentFrom { recent.insert(i.source) } else { earlier.insert(i.source) }
        }
        return IncidentSource.allCases.filter { earlier.contains($0) && !recent.contains($0) }
    }

    /// Incidents per source in each of `spans` (cut at `asOf`), for the sources with any.
    public static func perSource<S: Sequence>(_ incidents: S, spans: [Period], asOf: Day) -> [(source: IncidentSource, counts: [Int])]
    where S.Element == Incident {
        // A row per source in the order of its cases, counted in place: a year of incidents
        // is tens of thousands, and hashing the source for each was most of the count.
        let sources = IncidentSource.allCases
        var counts = [[Int]](repeating: Array(repeating: 0, count: spans.count), count: sources.count)
        var any = [Bool](repeating: false, count: sources.count)
        for i in incidents where i.date <= asOf {
            let row = sources.firstIndex(of: i.source)!
            for (k, span) in spans.enumerated() where span.contains(i.date) {
                counts[row][k] += 1
                any[row] = true
            }
        }
        return sources.indices.compactMap { any[$0] ? (sources[$0], counts[$0]) : nil }
    }
}
