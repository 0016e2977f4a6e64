import Foundation

/// A police area's municipalities side by side (a *lokalpolisområde* works with several,
/// each with its own promises and folder): each one's picture of the same period, and one
/// hot-spot ranking across them. Read-only: nothing is recorded from an area.
public struct AreaPicture: Sendable {
    public struct Member: Sendable {
        public var name: String
        public var plan: Plan
        public var picture: SituationPicture

        public init(name: String, plan: Plan, picture: SituationPicture) {
            self.name = name
            self.plan = plan
            self.picture = picture
        }
    }

    /// One hot spot of the merged ranking, with the municipality it belongs to.
    public struct RankedSpot: Sendable {
        public var member: Int
        public var municipality: String
        public var status: HotSpotStatus
    }

    public var members: [Member]

    public init(members: [Member]) { self.members = members }

    /// Every municipality's hot spots by the same priority score, highest first; equal
    /// scores by municipality, then name, so the order is the same on every run.
    public var ranking: [RankedSpot] {
        members.enumerated().flatMap { k, m in m.picture.hotSpots.map { RankedSpot(member: k, municipality: m.name, status: $0) } }
            .sorted { a, b in
                if a.status.priority != b.status.priority { return a.status.priority > b.status.priority }
                if a.municipality != b.municipality { return a.municipality < b.municipality }
                return a.status.hotSpot.name < b.status.hotSpot.name
            }
    }
}

/// `lagesbild summary --data A --data B`: each municipality's summary, then the merged ranking.
public enum AreaSummaryText {
    public static func render(_ area: AreaPicture, language L: Language) -> String {
        var out: [String] = [L(.area(.title(area.members.map(\.name)))), ""]
        for m in area.members {
            out.append(SummaryText(plan: m.plan, picture: m.picture, language: L).render())
        }
        out.append(L(.area(.rankingHeading)))
        for (k, r) in area.ranking.enumerated() {
            let s = r.status
            out.append("  " + SummaryText.left(String(k + 1), 3) + " " + SummaryText.fit(s.hotSpot.name, 28) + " "
                       + SummaryText.fit(r.municipality, 12) + " " + SummaryText.left("\(s.incidents)/\(s.incidentsBefore)", 7)
                       + " " + s.trend.arrow + " " + SummaryText.left(String(format: "%.1f", s.priority), 5) + "  [\(s.hotSpot.id)]")
        }
        return out.joined(separator: "\n") + "\n"
    }
}

