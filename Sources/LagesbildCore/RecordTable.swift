import Foundation

/// A record kind the ledger keeps in a table of its own.
public protocol TabledRecord: Sendable {
    var id: UUID { get }
    static var tableKind: RecordKind { get }
}

extension Round: TabledRecord { public static var tableKind: RecordKind { .round } }
extension Intervention: TabledRecord { public static var tableKind: RecordKind { .intervention } }
extension Incident: TabledRecord { public static var tableKind: RecordKind { .incident } }
extension Measure: TabledRecord { public static var tableKind: RecordKind { .measure } }
extension Meeting: TabledRecord { public static var tableKind: RecordKind { .meeting } }
extension AddedHotSpot: TabledRecord { public static var tableKind: RecordKind { .hotspot } }

/// The current records of one kind, as the ledger shows them: one array and no hash table
/// of their own. Every record id already has a state in the ledger (each event looks it up),
/// and the state says where in its kind's array the record lies; so storing a record is an
/// array write rather than a second hash, and a table costs its records' bytes rather than
/// a hash table's empty buckets as well.
///
/// A table is a read-only view taken from the ledger. Holding one while the ledger changes
/// makes the ledger copy its records of that kind and its table of record states.
public struct RecordTable<R: TabledRecord>: Sendable {
    /// Every record of the kind, in no particular order.
    public let values: [R]
    let states: RecordStates

    public subscript(id: UUID) -> R? {
        guard let state = states[id], state.slot >= 0, state.kind == R.tableKind else { return nil }
        return values[Int(state.slot)]
    }

    public var count: Int { values.count }
    public var isEmpty: Bool { values.isEmpty }
    public var keys: LazyMapSequence<[R], UUID> { values.lazy.map(\.id) }
}

/// Where the ledger keeps the records of every kind, each in one array (`RecordTable`).
struct RecordArrays: Sendable {
    var rounds: [Round] = []
    var interventions: [Intervention] = []
    var incidents: [Incident] = []
    var measures: [Measure] = []
    var meetings: [Meeting] = []
    var hotSpots: [AddedHotSpot] = []

    /// Puts `record` at `slot`, or at the end for -1; returns where it is.
    mutating func put(_ record: consuming Record, at slot: Int32) -> Int32 {
        func put<T>(_ x: consuming T, _ list: inout [T]) -> Int32 {
            if slot >= 0 { list[Int(slot)] = x; return slot }
            list.append(x)
            return Int32(list.count - 1)
        }
        switch consume record {
        case .round(let r): return put(r, &rounds)
        case .intervention(let i): return put(i, &interventions)
        case .incident(let i): return put(i, &incidents)
        case .measure(let m): return put(m, &measures)
        case .meeting(let m): return put(m, &meetings)
        case .hotSpot(let h): return put(h, &hotSpots)
        }
    }

    func get(_ kind: RecordKind, _ slot: Int32) -> Record {
        let i = Int(slot)
        switch kind {
        case .round: return .round(rounds[i])
        case .intervention: return .intervention(interventions[i])
        case .incident: return .incident(incidents[i])
        case .measure: return .measure(measures[i])
        case .meeting: return .meeting(meetings[i])
        case .hotspot: return .hotSpot(hotSpots[i])
        }
    }

    /// Takes the record at `slot` out by moving the last one of its kind into its place;
    /// returns the record and the id of the one moved (nil when it was the last).
    mutating func remove(_ kind: RecordKind, _ slot: Int32) -> (record: Record, moved: UUID?) {
        func remove<T: TabledRecord>(_ list: inout [T], _ wrap: (T) -> Record) -> (Record, UUID?) {
            let i = Int(slot)
            let gone = list[i]
            let last = list.removeLast()
            guard i < list.count else { return (wrap(gone), nil) }
            list[i] = last
            return (wrap(gone), last.id)
        }
        switch kind {
        case .round: return remove(&rounds, Record.round)
        case .intervention: return remove(&interventions, Record.intervention)
        case .incident: return remove(&incidents, Record.incident)
        case .measure: return remove(&measures, Record.measure)
        case .meeting: return remove(&meetings, Record.meeting)
        case .hotspot: return remove(&hotSpots, Record.hotSpot)
        }
    }

    func count(_ kind: RecordKind) -> Int {
        switch kind {
        case .round: rounds.count
        case .intervention: interventions.count
        case .incident: incidents.count
        case .measure: measures.count
        case .meeting: meetings.count
        case .hotspot: hotSpots.count
        }
    }
}

/// Two tables are equal when they hold the same records, whatever their order: the order
/// of a kind's array follows the order records came and went, not what they are.
extension RecordTable: Equatable where R: Equatable {
    public static func == (a: RecordTable, b: RecordTable) -> Bool {
        a.count == b.count && a.values.allSatisfy { b[$0.id] == $0 }
    }
}
