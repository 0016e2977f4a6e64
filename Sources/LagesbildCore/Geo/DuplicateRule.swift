import Foundation

/// Two partners often report the same thing: the police and the security company on the
/// same fight at the same corner. The rule (README, "Möjliga dubbletter"): incidents of the
/// same category, on the same day, with positions at most 50 m apart, from different
/// sources, are one event. Taken in order of time of day (then id), an incident is a
/// duplicate of the first earlier counted incident from another source within 50 m that
/// has no duplicate from its source yet. The journal keeps both; the picture counts one,
/// and the drill-down shows it once with both sources.
public enum DuplicateRule {
    public static let metres = 50.0

    /// Incidents that can pair: same day, same category, and a position.
    public struct GroupKey: Hashable, Sendable {
        public var day: Day
        public var category: IncidentCategory
    }

    public static func key(_ incident: Incident) -> GroupKey? {
        incident.position == nil ? nil : GroupKey(day: incident.date, category: incident.category)
    }

    /// Each duplicate's id (normally within one group, but any list is judged by the rule) mapped to the id of the incident it repeats.
    public static func duplicates(in group: [Incident]) -> [UUID: UUID] {
        guard group.count > 1 else { return [:] }
        let ordered = group.sorted { a, b in
            let ta = a.time?.minutes ?? -1, tb = b.time?.minutes ?? -1
            return ta != tb ? ta < tb : UUID.textOrdered(a.id, b.id)
        }
        var counted: [(incident: Incident, sources: Set<IncidentSource>)] = []
        var result: [UUID: UUID] = [:]
        for incident in ordered {
            guard let p = incident.position else { continue }
            if let k = counted.firstIndex(where: { c in
                c.incident.date == incident.date && c.incident.category == incident.category
                    && !c.sources.contains(incident.source) && c.incident.position.map { $0.distance(to: p) <= metres } == true
            }) {
                counted[k].sources.insert(incident.source)
                result[incident.id] = counted[k].incident.id
            } else {
                counted.append((incident, [incident.source]))
            }
        }
        return result
    }
}

/// Places an incident that names no hot spot at the hot spot whose circle it lies in (the
/// nearest, when circles overlap), so a partner export with only coordinates still counts
/// at the right places.
public enum HotSpotLocator {
    public static let defaultRadius = 150.0

    public static func hotSpot(at p: GridPoint, in spots: [HotSpot]) -> HotSpot? {
        var best: (spot: HotSpot, distance: Double)?
        for spot in spots {
            guard let centre = spot.position else { continue }
            let d = centre.distance(to: p)
            guard d <= spot.radius, d < (best?.distance ?? .infinity) else { continue }
            best = (spot, d)
        }
        return best?.spot
    }
}
