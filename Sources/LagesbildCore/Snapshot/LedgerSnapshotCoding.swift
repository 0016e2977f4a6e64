import Foundation

/// The ledger in binary form, so a large folder opens without parsing every journal line
/// again. The snapshot is derived data: it is written from a ledger replayed from the
/// journals and is only ever a faster way to reach that same state.
extension Ledger {
    /// Writes everything the ledger holds; the index is rebuilt on reading.
    public func writeSnapshot(to w: inout BinaryWriter) throws {
        try SnapshotTables.write(&w)
        try w.varint(authors.count)
        for author in authors { try w.string(author) }
        try w.varint(reasons.count)
        for reason in reasons { try w.string(reason) }

        // The history is a section of known length, so a reader can read it and the records
        // after it at once on two threads.
        try w.u64(UInt64(historySectionBytes))
        // How many records of each kind the records section holds, so every state's slot
        // is checked against it while the other thread reads them.
        for kind in RecordKind.allCases { try w.u32(UInt32(tables.count(kind))) }
        try w.varint(entries.count)
        for e in entries {
            try w.double(e.time)
            try w.u64(e.idHigh)
            try w.u64(e.idLow)
            try w.uuid(e.recordID)
            try w.i32(e.author)
            try w.i32(e.reason)
            try w.choice(e.action)
            try w.choice(e.kind)
            try w.bool(e.carries)
            try w.u8(e.warning.rawValue)
            try w.i32(e.previous)
        }
        try w.varint(states.count)
        for (id, state) in states {
            try w.uuid(id)
            try w.i32(state.latest)
            try w.i32(state.head)
            try w.i32(state.content)
            try w.i32(state.slot)
            try w.choice(state.kind)
        }

        // Each kind's records in their order: a record's place is its slot.
        try w.varint(tables.rounds.count)
        for r in tables.rounds { try RecordBinaryCoding.write(.round(r), &w) }
        try w.varint(tables.interventions.count)
        for i in tables.interventions { try RecordBinaryCoding.write(.intervention(i), &w) }
        try w.varint(tables.incidents.count)
        for i in tables.incidents { try RecordBinaryCoding.write(.incident(i), &w) }
        try w.varint(tables.measures.count)
        for m in tables.measures { try RecordBinaryCoding.write(.measure(m), &w) }
        try w.varint(tables.meetings.count)
        for m in tables.meetings { try RecordBinaryCoding.write(.meeting(m), &w) }
        try w.varint(tables.hotSpots.count)
        for h in tables.hotSpots { try RecordBinaryCoding.write(.hotSpot(h), &w) }
        try w.varint(voidedContent.count)
        for record in voidedContent.values { try RecordBinaryCoding.write(record, &w) }

        try w.i32(newestEntry)
        try w.i64(revision)
    }

    /// The history section's bytes: each entry and each state is written in a fixed size
    /// (a varint count before each list).
    var historySectionBytes: Int {
        func varintBytes(_ v: Int) -> Int { var n = 1, rest = UInt64(v); while rest >= 0x80 { rest >>= 7; n += 1 }; return n }
        return RecordKind.allCases.count * 4 + varintBytes(entries.count) + entries.count * Self.entryBytes
            + varintBytes(states.count) + states.count * Self.stateBytes
    }

    /// Time 8, the id's halves 16, the record 16, author and reason 8, action, kind,
    /// carries and warning 4, previous 4.
    static let entryBytes = 56
    /// The record 16, three entries 12, slot 4, kind 1.
    static let stateBytes = 33

    /// Reads what `writeSnapshot` wrote. Every cross-reference is checked, so a damaged
    /// snapshot throws instead of leaving a ledger that fails later. The history and the
    /// records are read at once on two threads, and the index built from the records on
    /// both as soon as they are read.
    public init(snapshot r: inout BinaryReader) throws {
        self.init()
        let t = try SnapshotTables(&r)
        for _ in 0..<(try r.count(of: "authors")) { authors.append(try r.string()) }
        for (i, author) in authors.enumerated() { authorIndex[author] = Int32(i) }
        for _ in 0..<(try r.count(of: "reasons")) { reasons.append(try r.string()) }

        let historyBytes = try r.u64()
        guard historyBytes <= UInt64(Int.max) else { throw SnapshotFormatError("history section too long") }
        let recordReader = try r.split(after: Int(historyBytes))
        // Two threads: this one reads the records, then indexes the incidents; the other
        // reads the history, then (once the records are read) indexes the other records.
        final class Parts: @unchecked Sendable {
            // Each part is written by one thread only; `recordsRead` and `done` order every
            // write before the other thread's read.
            var history: Result<(Ledger, [RecordKind: Int]), Error> = .failure(SnapshotFormatError("not read"))
            var records: Result<Ledger, Error> = .failure(SnapshotFormatError("not read"))
            var others = RecordIndex()
            let recordsRead = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        }
        let parts = Parts()
        let historyReader = r
        let base = self
        DispatchQueue.global().async {
            var reader = historyReader
            parts.history = Result { var l = base; let counts = try l.readHistory(&reader, t); return (l, counts) }
            parts.recordsRead.wait()
            if case .success(let records) = parts.records { parts.others = .otherHalf(records) }
            parts.done.signal()
        }
        var reader = recordReader
        parts.records = Result { var l = base; try l.readRecords(&reader, t); return l }
        parts.recordsRead.signal()
        let incidents = (try? parts.records.get()).map(RecordIndex.incidentHalf) ?? RecordIndex()
        parts.done.wait()

        // The records part has everything but the history's two tables.
        let (history, counts) = try parts.history.get()
        self = try parts.records.get()
        for kind in RecordKind.allCases where tables.count(kind) != counts[kind] {
            throw SnapshotFormatError("the history counts other \(kind) records than the records section holds")
        }
        entries = history.entries
        states = history.states
        guard newestEntry >= -1, Int(newestEntry) < entries.count else { throw SnapshotFormatError("entry \(newestEntry) outside the snapshot") }
        index = RecordIndex(joining: incidents, parts.others)
    }

    /// The history section: every entry, then every record's state.
    /// Returns the number of records of each kind the records section is to hold.
    private mutating func readHistory(_ r: inout BinaryReader, _ t: SnapshotTables) throws -> [RecordKind: Int] {
        var counts: [RecordKind: Int] = [:]
        for kind in RecordKind.allCases { counts[kind] = Int(try r.u32()) }
        let entryCount = try r.count(of: "entries")
        entries.reserveCapacity(entryCount)
        for _ in 0..<entryCount {
            let time = try r.double()
            let idHigh = try r.u64()
            let idLow = try r.u64()
            let recordID = try r.uuid()
            let author = try r.i32()
            let reason = try r.i32()
            let action = try r.choice(t.actions)
            let kind = try r.choice(t.kinds)
            let carries = try r.bool()
            guard let warning = HistoryEntryStorage.Warning(rawValue: try r.u8()) else { throw SnapshotFormatError("bad warning") }
            let previous = try r.i32()
            guard author >= 0, Int(author) < authors.count, reason >= -1, Int(reason) < reasons.count,
                  previous >= -1, Int(previous) < entries.count else {
                throw SnapshotFormatError("entry \(entries.count) refers outside the snapshot")
            }
            entries.append(HistoryEntryStorage(time: time, idHigh: idHigh, idLow: idLow, recordID: recordID,
                                               author: author, reason: reason, action: action, kind: kind,
                                               carries: carries, warning: warning, previous: previous))
        }
        func entry(_ i: Int32, allowNone: Bool) throws -> Int32 {
            guard (allowNone && i == -1) || (i >= 0 && Int(i) < entryCount) else {
                throw SnapshotFormatError("entry \(i) outside the snapshot")
            }
            return i
        }
        let stateCount = try r.count(of: "records")
        states.reserveCapacity(stateCount)
        for _ in 0..<stateCount {
            let id = try r.uuid()
            var state = RecordState(latest: try entry(try r.i32(), allowNone: false))
            state.head = try entry(try r.i32(), allowNone: false)
            state.content = try entry(try r.i32(), allowNone: true)
            state.slot = try r.i32()
            state.kind = try r.choice(t.kinds)
            guard state.slot >= -1, Int(state.slot) < counts[state.kind]! else {
                throw SnapshotFormatError("record \(id) is outside its table")
            }
            states[id] = state
        }
        guard r.isAtEnd else { throw SnapshotFormatError("the history section is not as long as it says") }
        return counts
    }

    /// The records and the ledger's last two numbers, after the history section.
    private mutating func readRecords(_ r: inout BinaryReader, _ t: SnapshotTables) throws {

        // Each table is made its final size first: growing it would hold the old and the new
        // table at once, the peak of the whole load.
        var memo = SnapshotReadMemo()
        func records<T>(_ table: inout [T], _ extract: (Record) -> T?) throws {
            let n = try r.count(of: "records")
            table.reserveCapacity(n)
            for _ in 0..<n {
                let record = try RecordBinaryCoding.read(&r, t, &memo)
                guard let x = extract(record) else { throw SnapshotFormatError("a \(record.kind) among other records") }
                table.append(x)
            }
        }
        // Rounds' and interventions' collections come shared through the memo, texts through
        // the snapshot's string table: nothing needs the ledger's pools (`RecordPools`).
        try records(&tables.rounds) { if case .round(let x) = $0 { x } else { nil } }
        try records(&tables.interventions) { if case .intervention(let x) = $0 { x } else { nil } }
        try records(&tables.incidents) { if case .incident(let x) = $0 { x } else { nil } }
        try records(&tables.measures) { if case .measure(let x) = $0 { x } else { nil } }
        try records(&tables.meetings) { if case .meeting(let x) = $0 { x } else { nil } }
        try records(&tables.hotSpots) { if case .hotSpot(let x) = $0 { x } else { nil } }
        let voided = try r.count(of: "records")
        voidedContent.reserveCapacity(voided)
        for _ in 0..<voided {
            let record = try RecordBinaryCoding.read(&r, t)
            voidedContent[record.id] = record
        }

        newestEntry = try r.i32()
        revision = max(1, try r.i64())
        guard r.isAtEnd else { throw SnapshotFormatError("bytes left after the ledger") }
    }

    /// Makes the revision larger than `other`, so a view that cached against a ledger it
    /// had before sees this one as a change.
    public mutating func ensureRevision(after other: Int) {
        if revision <= other { revision = other + 1 }
    }
}
