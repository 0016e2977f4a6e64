import Foundation

/// The year's citizen promises: focus areas, promises with targets, and hot spots.
public struct Plan: Sendable, Equatable {
    public var municipality: String
    public var year: Int
    /// A hot spot with no round for more days than this is overdue.
    public var roundIntervalDays: Int
    public var focusAreas: [FocusArea]
    public var promises: [Promise]
    public var hotSpots: [HotSpot]
    /// False for the plan a year without a plan file is viewed with (`PlanBook.effective`):
    /// the nearest year's places and no promises, so nothing is set against a target.
    public var hasTargets = true
    /// The GeoJSON file with the municipality's boundary (`boundary:`), relative to the data
    /// folder; nil for none.
    public var boundaryFile: String? = nil
    /// The boundary read from `boundaryFile`, in SWEREF 99 TM.
    public var outline: Outline? = nil

    public init(municipality: String, year: Int, roundIntervalDays: Int = 14,
                focusAreas: [FocusArea], promises: [Promise], hotSpots: [HotSpot]) {
        self.municipality = municipality
        self.year = year
        self.roundIntervalDays = roundIntervalDays
        self.focusAreas = focusAreas
        self.promises = promises
        self.hotSpots = hotSpots
    }

    public func hotSpot(id: String) -> HotSpot? { hotSpots.first { $0.id == id } }
    public func focusArea(id: String) -> FocusArea? { focusAreas.first { $0.id == id } }

    /// Finds a hot spot by id, name or alias, ignoring case; used for imports and `--hotspot`.
    public func resolveHotSpot(_ text: String) -> HotSpot? {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !key.isEmpty else { return nil }
        return hotSpots.first { spot in
            spot.id.lowercased() == key || spot.name.lowercased() == key
                || spot.aliases.contains { $0.lowercased() == key }
        }
    }
}

/// One of the plan's focus areas (fokusområde).
public struct FocusArea: Sendable, Equatable, Codable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// What a promise counts toward its target.
public enum PromiseMetric: Sendable, Equatable, Hashable {
    /// Safety rounds walked (at any hot spot, or only those of the promise's focus area).
    case rounds
    /// Interventions of one kind.
    case interventions(InterventionKind)

    /// The key written in the plan file: `rundor` or `insatser:trafik`.
    public var key: String {
        switch self {
        case .rounds: return "rundor"
        case .interventions(let kind): return "insatser:\(kind.rawValue)"
        }
    }

    public init?(key: String) {
        if key == "rundor" { self = .rounds; return }
        let parts = key.split(separator: ":")
        guard parts.count == 2, parts[0] == "insatser", let kind = InterventionKind(rawValue: String(parts[1])) else { return nil }
        self = .interventions(kind)
    }
}

/// The span a promise's target applies to.
public enum TargetSpan: String, Sendable, Codable, Equatable {
    case tertial, year
}

/// A citizen promise (löfte) with a countable target.
public struct Promise: Sendable, Equatable {
    public var id: String
    public var focusArea: String
    public var text: String
    public var owner: PromiseOwner
    public var metric: PromiseMetric
    public var target: Int
    public var per: TargetSpan

    public init(id: String, focusArea: String, text: String, owner: PromiseOwner,
                metric: PromiseMetric, target: Int, per: TargetSpan) {
        self.id = id
        self.focusArea = focusArea
        self.text = text
        self.owner = owner
        self.metric = metric
        self.target = target
        self.per = per
    }
}

/// A place the cooperation watches (hot spot).
public struct HotSpot: Sendable, Equatable, Hashable {
    public var id: String
    public var name: String
    public var locality: String
    public var focusAreas: [String]
    public var aliases: [String]
    public var active: Bool
    /// True for a hot spot added by a journal event rather than written in `plan.yaml`.
    public var addedInJournal = false
    /// Visits a week the plan aims for here (`visits_per_week`); nil for none.
    public var weeklyVisitTarget: Int? = nil
    /// Where the place is (SWEREF 99 TM); nil when the plan gives no position.
    public var position: GridPoint? = nil
    /// The circle around `position` that counts as the place, in metres (`radius`, 150 by default).
    public var radius: Double = HotSpotLocator.defaultRadius

    public init(id: String, name: String, locality: String, focusAreas: [String] = [],
                aliases: [String] = [], active: Bool = true) {
        self.id = id
        self.name = name
        self.locality = locality
        self.focusAreas = focusAreas
        self.aliases = aliases
        self.active = active
    }
}
