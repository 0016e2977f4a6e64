import Foundation

/// The current state of all records, replayed from journal events.
///
/// Events from every writer's file are applied in (timestamp, event id) order, so every
/// reader that has the same files reaches the same state, whatever order it read them in.
/// A record's state depends only on its own events, so an event that arrives out of order
/// replays just its own record (at the end of the batch), never the whole history.
///
/// Whole events are not kept: the history is one compact entry per event (what, when, by
/// whom, why) and each record as last written, which is what views and checks use.
public struct Ledger: Sendable {
    public var rounds: RecordTable<Round> { RecordTable(values: tables.rounds, states: states) }
    public var interventions: RecordTable<Intervention> { RecordTable(values: tables.interventions, states: states) }
    public var incidents: RecordTable<Incident> { RecordTable(values: tables.incidents, states: states) }
    public var measures: RecordTable<Measure> { RecordTable(values: tables.measures, states: states) }
    public var meetings: RecordTable<Meeting> { RecordTable(values: tables.meetings, states: states) }
    /// Hot spots added from the journal; `Plan.merging(_:)` joins them to the plan.
    public var addedHotSpots: RecordTable<AddedHotSpot> { RecordTable(values: tables.hotSpots, states: states) }
    /// The records of each kind; a record's state says where (`RecordState.slot`).
    var tables = RecordArrays()
    /// One entry per applied event, in arrival order (`history(of:)` sorts).
    var entries: [HistoryEntryStorage] = []
    /// Per record: its newest entry, the entry its content came from, where it lies.
    var states = RecordStates()
    /// The last content of records voided since, for the detail view's history.
    var voidedContent: [UUID: Record] = [:]
    var authors: [String] = []
    var authorIndex: [String: Int32] = [:]
    var reasons: [String] = []
    /// The newest entry in replay order, or -1.
    var newestEntry: Int32 = -1
    /// False while a batch is replayed without index updates; the index is rebuilt after it.
    var indexing = true
    /// Incremented on every change; views cache derived data against it.
    public internal(set) var revision = 0
    /// The counts the situation picture needs, kept current as events arrive so that a
    /// view never rebuilds them from every record on a key press.
    public internal(set) var index = RecordIndex()
    /// Equal texts and small collections of the records share one copy (see `ValuePool`).
    var pools = RecordPools()
    /// Batches at least this large rebuild the index once instead of updating it per event:
    /// a sorted insert is cheap for one late record but quadratic for a whole journal.
    static let indexRebuildBatch = 4_096

    public init() {}

    /// The incidents every count uses: possible duplicates (`DuplicateRule`) left out. The
    /// journal and `incidents` keep both; who reported what (`Reporting`) counts each report.
    public var countedIncidents: LazyFilterSequence<[Incident]> {
        let duplicates = index.duplicateOf
        return tables.incidents.lazy.filter { duplicates[$0.id] == nil }
    }

    public init(events: [JournalEvent]) {
        self.init()
        apply(events)
    }

    /// Applies new events. Events already applied (same event id) are ignored, which is what
    /// makes copying journal files between folders safe.
    public mutating func apply(_ newEvents: [JournalEvent]) {
        applyBatches { deliver in
            var events = newEvents
            deliver(&events)
        }
    }

    /// Applies events handed over in any number of batches, as one change: a reader can
    /// stream a large journal through here without holding all of its events at once.
    ///
    /// `deferringIndex`: a large batch leaves the index to `finishIndex()`, so the caller can
    /// start something that needs only the records (writing the snapshot) alongside it.
    /// `deliver` takes the events out of the array it is given, which is left empty.
    public mutating func applyBatches(deferringIndex: Bool = false, _ produce: (_ deliver: (inout [JournalEvent]) -> Void) -> Void) {
        var batch = Batch()
        produce { events in
            // Each event is moved out and absorbed, a bare one left in its place: reading it
            // where it lies still copied it (every text retained, then let go) for the call.
            events.withUnsafeMutableBufferPointer { all in
                for i in all.indices {
                    var e = all.moveElement(from: i)
                    absorb(&e, &batch)
                    all.initializeElement(at: i, to: JournalEvent.taken)
                }
            }
            events.removeAll()
        }
        guard batch.fresh > 0 else { return }
        revision += 1
        if !batch.dirty.isEmpty { replayRecords(batch) }
        if !deferringIndex { finishIndex() }
    }

    /// Builds the index a large batch left out; nothing when it is current.
    public mutating func finishIndex() {
        guard !indexing else { return }
        index = RecordIndex(ledger: self)
        indexing = true
    }

    /// Before reading a whole folder into an empty ledger: room for about `expectedEvents`
    /// in the tables every event has a place in, and the index built once at the end
    /// instead of kept sorted event by event. (The per-kind tables grow as they fill: the
    /// journals come writer by writer, so the first lines say nothing of the mix.)
    public mutating func prepareForBulkLoad(expectedEvents: Int) {
        guard entries.isEmpty, expectedEvents >= Ledger.indexRebuildBatch else { return }
        indexing = false
        states.reserveCapacity(expectedEvents)
        entries.reserveCapacity(expectedEvents)
    }

    /// What one batch found that is settled only at its end.
    struct Batch {
        var fresh = 0
        /// Records that received an event older than their newest: replayed at the end.
        var dirty: Set<UUID> = []
        /// For dirty records, the newest content among their late events.
        var pending: [UUID: (entry: Int32, record: Record)] = [:]
    }

    /// The event's record is taken out of it (into the tables, or kept for the batch's end).
    private mutating func absorb(_ e: inout JournalEvent, _ batch: inout Batch) {
        // One search per event: the state is changed in place at its position, and a new
        // record goes where the search ended.
        let (slot, miss) = states.lookUp(e.recordID)
        // An event id is applied once. A copy of an event is about the same record, so the
        // record's own entries (a handful) are all that need checking: no set of every id.
        if let slot, contains(e.id, from: states[at: slot].head) { return }
        batch.fresh += 1
        if batch.fresh == Ledger.indexRebuildBatch { indexing = false }
        let at = Int32(entries.count)
        var entry = HistoryEntryStorage(e, author: intern(e.author), reason: keepReason(e.reason))
        entry.previous = slot.map { states[at: $0].head } ?? -1
        entries.append(entry)
        if newestEntry < 0 || entries[Int(at)].isAfter(entries[Int(newestEntry)]) { newestEntry = at }

        guard let slot else {
            var state = RecordState(latest: at)
            replay(&e, at, &state)
            states.add(e.recordID, state, at: miss)
            return
        }
        var state = states[at: slot]
        state.head = at
        let inOrder = entries[Int(at)].isAfter(entries[Int(state.latest)])
        if inOrder, batch.dirty.isEmpty || !batch.dirty.contains(e.recordID) {
            state.latest = at
            replay(&e, at, &state)
        } else {
            // Out of order for this record: settled once the batch is complete.
            batch.dirty.insert(e.recordID)
            if inOrder { state.latest = at }
            if e.action != .voided, let record = e.record.take() {
                let best = batch.pending[e.recordID]?.entry ?? state.content
                if best < 0 || entries[Int(at)].isAfter(entries[Int(best)]) { batch.pending[e.recordID] = (at, record) }
            }
        }
        states[at: slot] = state
    }

    /// Whether the chain of entries ending at `head` holds the event `id`.
    private func contains(_ id: UUID, from head: Int32) -> Bool {
        let (high, low) = id.halves
        var at = head
        while at >= 0 {
            let entry = entries[Int(at)]
            if entry.idHigh == high && entry.idLow == low { return true }
            at = entry.previous
        }
        return false
    }

    /// Applies an event that is the newest of its record.
    private mutating func replay(_ e: inout JournalEvent, _ at: Int32, _ state: inout RecordState) {
        let before = indexing ? placed(state) : nil
        let exists = state.present
        switch e.action {
        case .recorded, .amended:
            if e.action == .recorded, exists { entries[Int(at)].warning = .duplicate }
            if e.action == .amended, !exists { entries[Int(at)].warning = .unknown }
            if let record = e.record.take() {
                // Only a record not present that was written before can have voided content
                // (a void keeps it, storing the record again drops it): a new id, as nearly
                // every record of a first start is, has none to look up.
                if !exists, state.content >= 0, !voidedContent.isEmpty { voidedContent[e.recordID] = nil }
                put(record, &state)
                state.content = at
            }
        case .voided:
            // An id holds one record: voiding it as another kind voids nothing.
            if !exists || state.kind != e.kind {
                entries[Int(at)].warning = .unknown
            } else if let gone = take(&state) {
                voidedContent[e.recordID] = gone
            }
        }
        if indexing { index.replace(before, with: placed(state)) }
    }

    private mutating func intern(_ author: String) -> Int32 {
        // A journal has one writer, so the author is nearly always the previous one.
        if let last = authors.indices.last, authors[last] == author { return Int32(last) }
        if let known = authorIndex[author] { return known }
        let at = Int32(authors.count)
        authors.append(author)
        authorIndex[author] = at
        return at
    }

    private mutating func keepReason(_ reason: String?) -> Int32 {
        guard let reason else { return -1 }
        reasons.append(reason)
        return Int32(reasons.count - 1)
    }

    /// Makes `record` the one `state` holds, in its place if it has one of the same kind.
    /// Consumes `record`: its texts move into the tables rather than being retained once
    /// more for a copy that is then let go.
    mutating func put(_ record: consuming Record, _ state: inout RecordState) {
        let kind = record.kind
        if state.slot >= 0, state.kind != kind { _ = take(&state) }
        let shared: Record = switch consume record {
        case .round(let r): .round(pools.sharing(r))
        case .intervention(let i): .intervention(pools.sharing(i))
        case .incident(let i): .incident(pools.sharing(i))
        case let other: other
        }
        state.slot = tables.put(shared, at: state.slot)
        state.kind = kind
    }

    /// Takes out the record `state` holds. The last record of its kind moves into its
    /// place, so that record's state (never `state` itself) and the index are told its new slot.
    mutating func take(_ state: inout RecordState) -> Record? {
        guard state.slot >= 0 else { return nil }
        let (gone, moved) = tables.remove(state.kind, state.slot)
        if let moved {
            // Through its index: a subscript that might insert could grow the table and end
            // the index `absorb` holds (every record has a state, so the lookup finds one).
            if let i = states.index(forKey: moved) { states[at: i].slot = state.slot }
            // It came from the end, where the kind's count now points.
            if indexing { index.moved(tables.get(state.kind, state.slot), from: Int32(tables.count(state.kind)), to: state.slot) }
        }
        state.slot = -1
        return gone
    }

    /// The record `state` holds, of whatever kind.
    func held(_ state: RecordState) -> Record? {
        state.slot >= 0 ? tables.get(state.kind, state.slot) : nil
    }

    /// The record `state` holds and where, as the index keeps it.
    func placed(_ state: RecordState) -> (record: Record, slot: Int32)? {
        state.slot >= 0 ? (tables.get(state.kind, state.slot), state.slot) : nil
    }

    public func record(kind: RecordKind, id: UUID) -> Record? {
        guard let state = states[id], state.slot >= 0, state.kind == kind else { return nil }
        return tables.get(kind, state.slot)
    }
}

/// A replay problem that does not stop loading.
public enum ReplayWarning: Sendable, Equatable {
    case unknownRecord(RecordKind, UUID)
    case duplicateRecord(RecordKind, UUID)
}

extension JournalEvent {
    /// What is left in an array slot whose event was taken out (`applyBatches`): nothing
    /// on the heap, so letting go of it costs nothing.
    fileprivate static let taken: JournalEvent = {
        let none = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
        return JournalEvent(id: none, timestamp: Date(timeIntervalSinceReferenceDate: 0), author: "", action: .voided,
                            kind: .round, recordID: none, record: nil)
    }()
}
