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
        func records<T>(_ list: some Collection<T>, _ wrap: (T) -> Record) throws {
            try w.varint(list.count)
            for x in list { try RecordBinaryCoding.write(wrap(x), &w) }
        }
        try records(tables.rounds, Record.round)
        try records(tables.interventions, Record.intervention)
        try records(tables.incidents, Record.incident)
        try records(tables.measures, Record.measure)
        try records(tables.meetings, Record.meeting)
        try records(tables.hotSpots, Record.hotSpot)
        try records(voidedContent.values) { $0 }

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
        // Two parts: one reads the records, then indexes the incidents; the other reads the
        // history, then indexes the other records once the records are read. The history part
        // waits for the records only when their part is already running on another thread (it
        // never waits for anything), so the two cannot wait for each other even when both run
        // on one thread; then the other records are indexed after both.
        final class Parts: @unchecked Sendable {
            // Each result is written by one part only and read after `recordsRead` or after
            // both parts have ended; `lock` guards `recordsStarted`.
            var history: Result<(Ledger, [RecordKind: Int]), Error> = .failure(SnapshotFormatError("not read"))
            var records: Result<Ledger, Error> = .failure(SnapshotFormatError("not read"))
            var incidents = RecordIndex(), others: RecordIndex?
            var recordsStarted = false
            let lock = NSLock(), recordsRead = DispatchSemaphore(value: 0)
        }
        let parts = Parts()
        let historyReader = r, recordsStart = recordReader
        let base = self
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                parts.lock.withLock { parts.recordsStarted = true }
                var reader = recordsStart
                parts.records = Result { var l = base; try l.readRecords(&reader, t); return l }
                parts.recordsRead.signal()
                if case .success(let records) = parts.records { parts.incidents = .incidentHalf(records) }
            } else {
                var reader = historyReader
                parts.history = Result { var l = base; let counts = try l.readHistory(&reader, t); return (l, counts) }
                guard parts.lock.withLock({ parts.recordsStarted }) else { return }
                parts.recordsRead.wait()
                if case .success(let records) = parts.records { parts.others = .otherHalf(records) }
            }
        }

        // The records part has everything but the history's two tables.
        let (history, counts) = try parts.history.get()
        self = try parts.records.get()
        for kind in RecordKind.allCases where tables.count(kind) != counts[kind] {
            throw SnapshotFormatError("the history counts other \(kind) records than the records section holds")
        }
        entries = history.entries
        states = history.states
        guard newestEntry >= -1, Int(newestEntry) < entries.count else { throw SnapshotFormatError("entry \(newestEntry) outside the snapshot") }
        index = RecordIndex(joining: parts.incidents, parts.others ?? .otherHalf(self))
    }

    /// The history section: every entry, then every record's state.
    /// Returns the number of records of each kind the records section is to hold.
    private mutating func readHistory(_ r: inout BinaryReader, _ t: SnapshotTables) throws -> [RecordKind: Int] {
        var counts: [RecordKind: Int] = [:]
        for kind in RecordKind.allCases { counts[kind] = Int(try r.u32()) }
        // Both tables are rows of fixed size (`entryBytes`, `stateBytes`), read as one block
        // each: a million rows are checked field by field but not read call by call.
        let entryCount = try r.count(of: "entries")
        let actions = t.actions, kinds = t.kinds
        let (authorCount, reasonCount) = (authors.count, reasons.count)
        entries.reserveCapacity(entryCount)
        try r.block(entryCount * Self.entryBytes) { rows in
            func u32(_ at: Int) -> UInt32 { UInt32(littleEndian: rows.loadUnaligned(fromByteOffset: at, as: UInt32.self)) }
            func u64(_ at: Int) -> UInt64 { UInt64(littleEndian: rows.loadUnaligned(fromByteOffset: at, as: UInt64.self)) }
            for i in 0..<entryCount {
                let at = i * Self.entryBytes
                let author = Int32(bitPattern: u32(at + 40)), reason = Int32(bitPattern: u32(at + 44))
                let action = Int(rows[at + 48]), kind = Int(rows[at + 49]), carries = rows[at + 50]
                let previous = Int32(bitPattern: u32(at + 52))
                guard action < actions.count, kind < kinds.count, carries <= 1,
                      let warning = HistoryEntryStorage.Warning(rawValue: rows[at + 51]) else {
                    throw SnapshotFormatError("entry \(i) is not an entry")
                }
                guard author >= 0, Int(author) < authorCount, reason >= -1, Int(reason) < reasonCount,
                      previous >= -1, Int(previous) < i else {
                    throw SnapshotFormatError("entry \(i) refers outside the snapshot")
                }
                entries.append(HistoryEntryStorage(time: Double(bitPattern: u64(at)), idHigh: u64(at + 8), idLow: u64(at + 16),
                                                   recordID: UUID(uuid: rows.loadUnaligned(fromByteOffset: at + 24, as: uuid_t.self)),
                                                   author: author, reason: reason, action: actions[action], kind: kinds[kind],
                                                   carries: carries == 1, warning: warning, previous: previous))
            }
        }
        func entry(_ i: Int32, allowNone: Bool) throws -> Int32 {
            guard (allowNone && i == -1) || (i >= 0 && Int(i) < entryCount) else {
                throw SnapshotFormatError("entry \(i) outside the snapshot")
            }
            return i
        }
        // Each kind's record count by the kind's position in the snapshot's table of kinds.
        let countByKind = kinds.map { counts[$0]! }
        // Every record of a kind is held by exactly one state: a slot given twice, or one
        // given to nobody, would let a later void move the wrong record or none.
        // One bit per slot, so the check stays in the cache while states come in any order.
        var taken = countByKind.map { [UInt64](repeating: 0, count: ($0 + 63) / 64) }
        let stateCount = try r.count(of: "records")
        states.reserveCapacity(stateCount)
        try r.block(stateCount * Self.stateBytes) { rows in
            func i32(_ at: Int) -> Int32 { Int32(bitPattern: UInt32(littleEndian: rows.loadUnaligned(fromByteOffset: at, as: UInt32.self))) }
            for i in 0..<stateCount {
                let at = i * Self.stateBytes
                let id = UUID(uuid: rows.loadUnaligned(fromByteOffset: at, as: uuid_t.self))
                var state = RecordState(latest: try entry(i32(at + 16), allowNone: false))
                state.head = try entry(i32(at + 20), allowNone: false)
                state.content = try entry(i32(at + 24), allowNone: true)
                state.slot = i32(at + 28)
                let kind = Int(rows[at + 32])
                guard kind < kinds.count, state.slot >= -1, Int(state.slot) < countByKind[kind] else {
                    throw SnapshotFormatError("record \(id) is outside its table")
                }
                if state.slot >= 0 {
                    let (word, bit) = (Int(state.slot) >> 6, UInt64(1) << UInt64(state.slot & 63))
                    guard taken[kind][word] & bit == 0 else { throw SnapshotFormatError("record \(id) shares its place") }
                    taken[kind][word] |= bit
                }
                state.kind = kinds[kind]
                states.put(id, state)
            }
        }
        let held = taken.map { $0.reduce(0) { $0 + $1.nonzeroBitCount } }
        guard held == countByKind else { throw SnapshotFormatError("a record without a state") }
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
            let record = try RecordBinaryCoding.read(&r, t, &memo)
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
