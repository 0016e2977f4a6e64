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
        var counts: [IncidentSource: [Int]] = [:]
        for i in incidents where i.date <= asOf {
            for (k, span) in spans.enumerated() where span.contains(i.date) {
                counts[i.source, default: Array(repeating: 0, count: spans.count)][k] += 1
            }
        }
        return IncidentSource.allCases.compactMap { s in counts[s].map { (s, $0) } }
    }
}
