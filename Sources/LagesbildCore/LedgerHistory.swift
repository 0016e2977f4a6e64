import Foundation

/// One applied event as the ledger keeps it: no record, the author and reason as indexes
/// into shared tables, so a million events cost tens of megabytes, not a gigabyte.
struct HistoryEntryStorage: Sendable {
    enum Warning: UInt8, Sendable { case none, unknown, duplicate }

    /// `Date.timeIntervalSinceReferenceDate`, which round-trips a `Date` exactly.
    var time: Double
    /// The event id as two big-endian halves: comparing them compares the id's text.
    var idHigh: UInt64
    var idLow: UInt64
    var recordID: UUID
    var author: Int32
    /// -1 for none.
    var reason: Int32
    var action: EventAction
    var kind: RecordKind
    /// Recorded or amended with a record: it sets the record's content.
    var carries: Bool
    var warning: Warning = .none
    /// The entry that arrived before this one for the same record, or -1: each record's
    /// entries form a chain from its state's `head`.
    var previous: Int32 = -1

    /// Borrows the event: an initialiser owns what it is given, and a copy of every event
    /// (each of its texts retained, then let go) was a tenth of replaying a large journal.
    init(_ e: borrowing JournalEvent, author: Int32, reason: Int32) {
        time = e.timestamp.timeIntervalSinceReferenceDate
        (idHigh, idLow) = e.id.halves
        recordID = e.recordID
        self.author = author
        self.reason = reason
        action = e.action
        kind = e.kind
        carries = e.action != .voided && e.record != nil
    }

    /// Every field as given: how a snapshot restores an entry.
    init(time: Double, idHigh: UInt64, idLow: UInt64, recordID: UUID, author: Int32, reason: Int32,
         action: EventAction, kind: RecordKind, carries: Bool, warning: Warning, previous: Int32) {
        self.time = time
        self.idHigh = idHigh
        self.idLow = idLow
        self.recordID = recordID
        self.author = author
        self.reason = reason
        self.action = action
        self.kind = kind
        self.carries = carries
        self.warning = warning
        self.previous = previous
    }

    /// Replay order: timestamp, then event id (as text, which is the order of its bytes).
    func isAfter(_ other: HistoryEntryStorage) -> Bool {
        if time != other.time { return time > other.time }
        if idHigh != other.idHigh { return idHigh > other.idHigh }
        return idLow > other.idLow
    }

    var eventID: UUID { UUID(halves: (idHigh, idLow)) }
}

/// Where a record stands after its events so far.
struct RecordState: Sendable {
    /// Its newest entry in replay order.
    var latest: Int32
    /// The entry that arrived last; the start of its chain.
    var head: Int32
    /// The entry whose record is its content, or -1.
    var content: Int32 = -1
    /// Where its record lies in the array of its kind (`RecordArrays`), or -1 while it has
    /// none (never recorded with content, or voided).
    var slot: Int32 = -1
    /// The kind of the record at `slot`.
    var kind: RecordKind = .round

    /// Recorded or amended and not voided since: it counts.
    var present: Bool { slot >= 0 }

    init(latest: Int32) {
        self.latest = latest
        head = latest
    }
}

/// One event in a record's history, as the detail view shows it.
public struct HistoryEntry: Sendable, Equatable {
    public var eventID: UUID
    public var timestamp: Date
    public var author: String
    public var action: EventAction
    public var kind: RecordKind
    public var recordID: UUID
    public var reason: String?
}

extension Ledger {
    /// Events applied (duplicates of an applied event id are not counted).
    public var eventCount: Int { entries.count }

    /// The newest event applied, in replay order.
    public var lastEventID: UUID? { newestEntry < 0 ? nil : entries[Int(newestEntry)].eventID }

    /// The events about one record, oldest first: its history for the detail view.
    public func history(of id: UUID) -> [HistoryEntry] {
        chain(of: id).map { entries[Int($0)] }.sorted { $1.isAfter($0) }.map(publicEntry)
    }

    /// The entries of one record, newest arrival first.
    func chain(of id: UUID) -> [Int32] {
        var out: [Int32] = []
        var at = states[id]?.head ?? -1
        while at >= 0 {
            out.append(at)
            at = entries[Int(at)].previous
        }
        return out
    }

    /// Every event applied, oldest first.
    public func history() -> [HistoryEntry] {
        entries.sorted { $1.isAfter($0) }.map(publicEntry)
    }

    /// True when any event was ever about this record, voided or not.
    public func hasHistory(_ id: UUID) -> Bool { states[id] != nil }

    /// The record as it counts now, or as it last stood before it was voided.
    public func lastContent(kind: RecordKind, id: UUID) -> Record? {
        record(kind: kind, id: id) ?? voidedContent[id]
    }

    /// Problems found while replaying, in replay order: amends or voids of records never
    /// recorded, duplicates.
    public var warnings: [ReplayWarning] { replayWarnings.map(\.warning) }

    /// Each replay problem with the event that caused it, in replay order.
    public var replayWarnings: [(warning: ReplayWarning, eventID: UUID)] {
        entries.filter { $0.warning != .none }.sorted { $1.isAfter($0) }.map { entry in
            let warning: ReplayWarning = entry.warning == .duplicate
                ? .duplicateRecord(entry.kind, entry.recordID) : .unknownRecord(entry.kind, entry.recordID)
            return (warning, entry.eventID)
        }
    }

    /// Every record that counts now, with the event that last wrote it.
    public var currentRecords: [(record: Record, eventID: UUID)] {
        states.compactMap { id, state in
            guard state.present, state.content >= 0 else { return nil }
            let entry = entries[Int(state.content)]
            return record(kind: entry.kind, id: id).map { ($0, entry.eventID) }
        }
    }

    private func publicEntry(_ e: HistoryEntryStorage) -> HistoryEntry {
        HistoryEntry(eventID: e.eventID, timestamp: Date(timeIntervalSinceReferenceDate: e.time),
                     author: authors[Int(e.author)], action: e.action, kind: e.kind, recordID: e.recordID,
                     reason: e.reason < 0 ? nil : reasons[Int(e.reason)])
    }
}

extension UUID {
    /// The order of ids' texts (`uuidString`), without writing either out.
    public static func textOrdered(_ a: UUID, _ b: UUID) -> Bool { a.halves < b.halves }

    /// The 16 bytes as two big-endian integers.
    var halves: (UInt64, UInt64) {
        withUnsafeBytes(of: uuid) { raw in
            (UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)),
             UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
        }
    }

    init(halves: (UInt64, UInt64)) {
        let bytes = (halves.0.bigEndian, halves.1.bigEndian)
        self = withUnsafeBytes(of: bytes) { UUID(uuid: $0.loadUnaligned(as: uuid_t.self)) }
    }
}
