import Foundation

/// The current state of all records, replayed from journal events.
///
/// Events from every writer's file are applied in (timestamp, event id) order, so every
/// reader that has the same files reaches the same state, whatever order it read them in.
/// An event that arrives out of order (an older timestamp than one already applied)
/// triggers a full replay of the history kept in `events`.
public struct Ledger: Sendable {
    public private(set) var rounds: [UUID: Round] = [:]
    public private(set) var interventions: [UUID: Intervention] = [:]
    public private(set) var incidents: [UUID: Incident] = [:]
    public private(set) var measures: [UUID: Measure] = [:]
    public private(set) var meetings: [UUID: Meeting] = [:]
    /// Hot spots added from the journal; `Plan.merging(_:)` joins them to the plan.
    public private(set) var addedHotSpots: [UUID: AddedHotSpot] = [:]
    /// Every event applied, in replay order.
    public private(set) var events: [JournalEvent] = []
    /// Problems found while replaying: amends or voids of records never recorded, duplicates.
    public private(set) var warnings: [ReplayWarning] = []
    private var seenEventIDs: Set<UUID> = []
    /// False while a batch is replayed without index updates; the index is rebuilt after it.
    private var indexing = true
    /// Incremented on every change; views cache derived data against it.
    public private(set) var revision = 0
    /// The counts the situation picture needs, kept current as events arrive so that a
    /// view never rebuilds them from every record on a key press.
    public private(set) var index = RecordIndex()
    /// Batches at least this large rebuild the index once instead of updating it per event:
    /// a sorted insert is cheap for one late record but quadratic for a whole journal.
    static let indexRebuildBatch = 4_096

    public init() {}

    public init(events: [JournalEvent]) {
        self.init()
        apply(events)
    }

    /// Applies new events. Events already applied (same event id) are ignored, which is what
    /// makes copying journal files between folders safe.
    public mutating func apply(_ newEvents: [JournalEvent]) {
        let fresh = newEvents.filter { seenEventIDs.insert($0.id).inserted }
        guard !fresh.isEmpty else { return }
        revision += 1
        let sorted = fresh.sorted(by: Ledger.replayOrder)
        defer { if !indexing { index = RecordIndex(ledger: self); indexing = true } }
        if let last = events.last, let first = sorted.first, Ledger.replayOrder(first, last) {
            // Late arrival: rebuild from the merged history so the order stays canonical.
            let all = (events + sorted).sorted(by: Ledger.replayOrder)
            indexing = false
            rounds = [:]; interventions = [:]; incidents = [:]; measures = [:]; meetings = [:]; addedHotSpots = [:]
            warnings = []; events = []
            for e in all { replay(e) }
        } else {
            indexing = sorted.count < Ledger.indexRebuildBatch
            for e in sorted { replay(e) }
        }
    }

    static func replayOrder(_ a: JournalEvent, _ b: JournalEvent) -> Bool {
        if a.timestamp != b.timestamp { return a.timestamp < b.timestamp }
        return a.id.uuidString < b.id.uuidString
    }

    private mutating func replay(_ e: JournalEvent) {
        events.append(e)
        let before = record(kind: e.kind, id: e.recordID)
        defer { if indexing { index.replace(before, with: record(kind: e.kind, id: e.recordID)) } }
        let exists = before != nil
        switch e.action {
        case .recorded:
            if exists { warnings.append(.duplicateRecord(e.kind, e.recordID)) }
            if let record = e.record { store(record) }
        case .amended:
            if !exists { warnings.append(.unknownRecord(e.kind, e.recordID)) }
            if let record = e.record { store(record) }
        case .voided:
            if !exists { warnings.append(.unknownRecord(e.kind, e.recordID)) }
            remove(kind: e.kind, id: e.recordID)
        }
    }

    private mutating func store(_ record: Record) {
        switch record {
        case .round(let r): rounds[r.id] = r
        case .intervention(let i): interventions[i.id] = i
        case .incident(let i): incidents[i.id] = i
        case .measure(let m): measures[m.id] = m
        case .meeting(let m): meetings[m.id] = m
        case .hotSpot(let h): addedHotSpots[h.id] = h
        }
    }

    private mutating func remove(kind: RecordKind, id: UUID) {
        switch kind {
        case .round: rounds[id] = nil
        case .intervention: interventions[id] = nil
        case .incident: incidents[id] = nil
        case .measure: measures[id] = nil
        case .meeting: meetings[id] = nil
        case .hotspot: addedHotSpots[id] = nil
        }
    }

    public func record(kind: RecordKind, id: UUID) -> Record? {
        switch kind {
        case .round: return rounds[id].map(Record.round)
        case .intervention: return interventions[id].map(Record.intervention)
        case .incident: return incidents[id].map(Record.incident)
        case .measure: return measures[id].map(Record.measure)
        case .meeting: return meetings[id].map(Record.meeting)
        case .hotspot: return addedHotSpots[id].map(Record.hotSpot)
        }
    }

    /// The events about one record, oldest first: its history for the detail view.
    public func history(of id: UUID) -> [JournalEvent] { events.filter { $0.recordID == id } }
}

/// A replay problem that does not stop loading.
public enum ReplayWarning: Sendable, Equatable {
    case unknownRecord(RecordKind, UUID)
    case duplicateRecord(RecordKind, UUID)
}
