/// Presence at hot spots (dosage): how often and how long rounds stayed. The Koper curve:
/// after a drive-by, crime or disorder returns within half an hour 15 % of the time; after
/// a stop of 10–16 minutes, 4 % (../shared/notes/evidence.md §5). So a visit counts as
/// effective from `effectiveMinutes` on.
public struct Presence: Sendable, Equatable {
    public var visits = 0
    /// Minutes at the place: recorded, or the round's duration split evenly (estimated).
    public var minutes = 0
    /// Visits whose minutes are an estimate from the round's duration.
    public var estimatedVisits = 0
    /// Visits with neither minutes nor a start and end: no length known.
    public var unknownVisits = 0
    /// Visits shorter than `Dosage.effectiveMinutes` (of those with a known length).
    public var shortVisits = 0
    /// The span's length in weeks (days ÷ 7).
    public var weeks = 0.0
    /// The plan's visits-a-week aim for the place; nil for none (and for the municipality).
    public var target: Int? = nil

    public init() {}

    public var visitsPerWeek: Double { weeks > 0 ? Double(visits) / weeks : 0 }
    /// Visits of a known length.
    public var timedVisits: Int { visits - unknownVisits }
    /// The share of visits of a known length that lasted `Dosage.effectiveMinutes` or more.
    public var effectiveShare: Double? { timedVisits > 0 ? Double(timedVisits - shortVisits) / Double(timedVisits) : nil }
}

public enum Dosage {
    /// Visits shorter than this are drive-bys on the Koper curve.
    public static let effectiveMinutes = 10

    /// Each visited place of a round with its minutes: as recorded, else the round's duration
    /// (across midnight when the end is earlier) split evenly (`estimated`), else nil.
    public static func visits(of round: Round) -> [(spot: String, minutes: Int?, estimated: Bool)] {
        let spots = round.hotSpots
        if round.minutes.count == spots.count, !spots.isEmpty {
            return zip(spots, round.minutes).map { ($0, $1, false) }
        }
        guard let total = round.durationMinutes, !spots.isEmpty else { return spots.map { ($0, nil, false) } }
        return spots.map { ($0, total / spots.count, true) }
    }

    /// Presence at `spot` (every place when nil) from the rounds dated `from`…`to`.
    public static func presence<S: Sequence>(at spot: String?, rounds: S, from: Day, to: Day, target: Int? = nil) -> Presence
    where S.Element == Round {
        var p = Presence()
        p.target = target
        p.weeks = to < from ? 0 : Double(to.days(since: from) + 1) / 7
        for round in rounds where round.date >= from && round.date <= to {
            for visit in visits(of: round) where spot == nil || visit.spot == spot {
                p.visits += 1
                guard let m = visit.minutes else { p.unknownVisits += 1; continue }
                p.minutes += m
                if visit.estimated { p.estimatedVisits += 1 }
                if m < effectiveMinutes { p.shortVisits += 1 }
            }
        }
        return p
    }
}
