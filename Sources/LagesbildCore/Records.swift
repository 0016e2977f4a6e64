import Foundation

/// A follow-up a round passes on: what should happen and who should see to it.
public struct FollowUp: Sendable, Equatable, Hashable {
    public var text: String
    public var responsible: String

    public init(text: String, responsible: String) {
        self.text = text
        self.responsible = responsible
    }
}

/// A safety round (trygghetsrunda) walked at one or more hot spots.
public struct Round: Sendable, Equatable {
    public var id: UUID
    public var date: Day
    public var start: ClockTime?
    public var end: ClockTime?
    public var hotSpots: [String]
    public var participants: [Organisation: Int]
    public var observations: Set<Observation>
    public var notes: String
    public var citizenContacts: Int
    public var interventions: Int
    public var followUps: [FollowUp]
    /// Minutes spent at each of `hotSpots`, in the same order; empty when not given (the
    /// round's duration is then split evenly, as an estimate).
    public var minutes: [Int]

    public init(id: UUID = UUID(), date: Day, start: ClockTime? = nil, end: ClockTime? = nil,
                hotSpots: [String], participants: [Organisation: Int] = [:],
                observations: Set<Observation> = [], notes: String = "", citizenContacts: Int = 0,
                interventions: Int = 0, followUps: [FollowUp] = [], minutes: [Int] = []) {
        self.minutes = minutes
        self.id = id
        self.date = date
        self.start = start
        self.end = end
        self.hotSpots = hotSpots
        self.participants = participants
        self.observations = observations
        self.notes = notes
        self.citizenContacts = citizenContacts
        self.interventions = interventions
        self.followUps = followUps
    }

    public var participantCount: Int { participants.values.reduce(0, +) }
}

/// A targeted intervention (insats) against one kind of crime.
public struct Intervention: Sendable, Equatable {
    public var id: UUID
    public var date: Day
    public var kind: InterventionKind
    public var hotSpot: String?
    public var place: String
    public var organisation: Organisation
    /// Result counts by name, for example `kontroller: 40, rapporter: 3`.
    public var results: [String: Int]
    public var notes: String

    public init(id: UUID = UUID(), date: Day, kind: InterventionKind, hotSpot: String? = nil, place: String = "",
                organisation: Organisation, results: [String: Int] = [:], notes: String = "") {
        self.id = id
        self.date = date
        self.kind = kind
        self.hotSpot = hotSpot
        self.place = place
        self.organisation = organisation
        self.results = results
        self.notes = notes
    }
}

/// An incident report (händelse) from a partner.
public struct Incident: Sendable, Equatable {
    public var id: UUID
    public var date: Day
    public var time: ClockTime?
    public var hotSpot: String?
    /// Free-text place when the report names no known hot spot.
    public var place: String
    public var category: IncidentCategory
    public var source: IncidentSource
    public var text: String
    /// Where it happened (SWEREF 99 TM), when the report says; otherwise it sits at its hot spot.
    public var position: GridPoint?

    public init(id: UUID = UUID(), date: Day, time: ClockTime? = nil, hotSpot: String? = nil, place: String = "",
                category: IncidentCategory, source: IncidentSource, text: String = "", position: GridPoint? = nil) {
        self.position = position
        self.id = id
        self.date = date
        self.time = time
        self.hotSpot = hotSpot
        self.place = place
        self.category = category
        self.source = source
        self.text = text
    }
}

/// A measure (beslutad åtgärd) decided at a meeting, with who is responsible and by when.
public struct Measure: Sendable, Equatable {
    public var id: UUID
    public var hotSpot: String?
    public var what: String
    public var responsible: String
    public var decided: Day
    public var due: Day
    public var status: MeasureStatus

    public init(id: UUID = UUID(), hotSpot: String?, what: String, responsible: String,
                decided: Day, due: Day, status: MeasureStatus = .open) {
        self.id = id
        self.hotSpot = hotSpot
        self.what = what
        self.responsible = responsible
        self.decided = decided
        self.due = due
        self.status = status
    }

    /// Still open on `day` and past its due date.
    public func isOverdue(on day: Day) -> Bool { status.isOpen && due < day }
}

/// The kinds of record a journal event can carry.
public enum RecordKind: String, Sendable, Codable, CaseIterable {
    case round, intervention, incident, measure
    /// A held EST meeting (`Meeting`).
    case meeting
    /// A hot spot added from the journal (`AddedHotSpot`).
    case hotspot
}

/// One record of any kind.
public enum Record: Sendable, Equatable {
    case round(Round)
    case intervention(Intervention)
    case incident(Incident)
    case measure(Measure)
    case meeting(Meeting)
    case hotSpot(AddedHotSpot)

    public var kind: RecordKind {
        switch self {
        case .round: return .round
        case .intervention: return .intervention
        case .incident: return .incident
        case .measure: return .measure
        case .meeting: return .meeting
        case .hotSpot: return .hotspot
        }
    }

    public var id: UUID {
        switch self {
        case .round(let r): return r.id
        case .intervention(let i): return i.id
        case .incident(let i): return i.id
        case .measure(let m): return m.id
        case .meeting(let m): return m.id
        case .hotSpot(let h): return h.id
        }
    }

    /// The day the record is counted on.
    public var day: Day {
        switch self {
        case .round(let r): return r.date
        case .intervention(let i): return i.date
        case .incident(let i): return i.date
        case .measure(let m): return m.decided
        case .meeting(let m): return m.date
        case .hotSpot(let h): return h.added
        }
    }
}
