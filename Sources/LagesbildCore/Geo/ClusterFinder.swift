import Foundation

/// A group of incidents away from every hot spot: a candidate for a new one.
public struct IncidentCluster: Sendable, Equatable {
    public var centre: GridPoint
    public var incidentIDs: [UUID]
    /// The place text most of them give; empty when none gives one.
    public var placeText: String
    /// The nearest hot spot with a position and how far its centre is, for the label.
    public var nearest: (id: String, name: String, metres: Int)?

    public var count: Int { incidentIDs.count }

    public static func == (a: IncidentCluster, b: IncidentCluster) -> Bool {
        a.centre == b.centre && a.incidentIDs == b.incidentIDs && a.placeText == b.placeText
            && a.nearest?.id == b.nearest?.id && a.nearest?.metres == b.nearest?.metres
    }
}

/// Finds new hot spots from positions (README, "Nya platser från kluster"): among the
/// incidents of the last 8 weeks that have a position outside every hot spot's circle, a
/// cluster is at least 5 of them within 150 m of one of them. Taken greedily: the incident
/// with the most such neighbours first, its neighbours form the cluster and leave the pool,
/// and so on until no incident has 5. The cluster's centre is the mean of its positions.
public enum ClusterFinder {
    public static let radius = 150.0
    public static let minimum = 5
    public static let days = 56

    /// The first day of the weeks `clusters` looks in.
    public static func windowStart(asOf: Day) -> Day { asOf.adding(days: -(days - 1)) }

    public static func clusters(_ incidents: some Sequence<Incident>, hotSpots: [HotSpot], asOf: Day) -> [IncidentCluster] {
        let from = windowStart(asOf: asOf)
        let placed = hotSpots.filter { $0.position != nil }
        var pool: [(id: UUID, p: GridPoint, place: String)] = []
        for i in incidents where i.date >= from && i.date <= asOf {
            guard let p = i.position else { continue }
            if placed.contains(where: { $0.position!.distance(to: p) <= $0.radius }) { continue }
            pool.append((i.id, p, i.place))
        }
        // Order by id so the greedy choice among equals is the same on every run.
        pool.sort { UUID.textOrdered($0.id, $1.id) }
        // Buckets of the radius' size: neighbours lie in the 3 × 3 buckets around one.
        func bucket(_ p: GridPoint) -> [Int] { [Int((p.n / radius).rounded(.down)), Int((p.e / radius).rounded(.down))] }
        var buckets: [[Int]: [Int]] = [:]
        for (k, item) in pool.enumerated() { buckets[bucket(item.p), default: []].append(k) }
        var taken = [Bool](repeating: false, count: pool.count)
        func neighbours(_ k: Int) -> [Int] {
            let b = bucket(pool[k].p)
            var out: [Int] = []
            for dn in -1...1 {
                for de in -1...1 {
                    for j in buckets[[b[0] + dn, b[1] + de]] ?? [] where !taken[j] && pool[j].p.distance(to: pool[k].p) <= radius {
                        out.append(j)
                    }
                }
            }
            return out.sorted()
        }
        var result: [IncidentCluster] = []
        while true {
            var best: [Int] = []
            for k in pool.indices where !taken[k] {
                let n = neighbours(k)
                if n.count > best.count { best = n }
            }
            guard best.count >= minimum else { break }
            for j in best { taken[j] = true }
            let members = best.map { pool[$0] }
            let centre = GridPoint(n: members.map(\.p.n).reduce(0, +) / Double(members.count),
                                   e: members.map(\.p.e).reduce(0, +) / Double(members.count)).rounded
            var texts: [String: Int] = [:]
            for m in members where !m.place.trimmingCharacters(in: .whitespaces).isEmpty { texts[m.place, default: 0] += 1 }
            let text = texts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? ""
            let near = placed.map { ($0, $0.position!.distance(to: centre)) }.min { $0.1 < $1.1 }
            result.append(IncidentCluster(centre: centre, incidentIDs: members.map(\.id).sorted(by: UUID.textOrdered),
                                          placeText: text,
                                          nearest: near.map { ($0.0.id, $0.0.name, Int($0.1.rounded())) }))
        }
        return result
    }
}
