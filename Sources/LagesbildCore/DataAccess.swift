/// The small protocols through which the front end reads and writes data, so that
/// every panel and form runs in tests on in-memory data. The executable wires them
/// to the file store.

/// What one look at the data folder found.
public struct DataSnapshot: Sendable {
    /// False when the data folder is missing or unreadable (the wall display shows "data saknas").
    public var available: Bool
    /// Every year's plan as the files have them (without the journal's hot spots).
    public var plans: PlanBook?
    /// The newest year's plan.
    public var plan: Plan? { plans?.latest }
    /// Events appended since the previous look (all events on the first).
    public var newEvents: [JournalEvent]
    /// True when a journal was replaced or truncated: the reader started over, so
    /// `newEvents` holds every event and the caller must rebuild its ledger.
    public var restarted: Bool
    public var diagnostics: [Diagnostic]
    /// How many events this look read, also when they went straight into a ledger
    /// (`refresh(applyingTo:)`) instead of `newEvents`.
    public var deliveredCount: Int

    public init(available: Bool, plan: Plan?, newEvents: [JournalEvent], restarted: Bool, diagnostics: [Diagnostic]) {
        self.init(available: available, plans: plan.map { PlanBook([$0]) }, newEvents: newEvents, restarted: restarted,
                  diagnostics: diagnostics)
    }

    public init(available: Bool, plans: PlanBook?, newEvents: [JournalEvent], restarted: Bool, diagnostics: [Diagnostic]) {
        self.available = available
        self.plans = plans
        self.newEvents = newEvents
        self.deliveredCount = newEvents.count
        self.restarted = restarted
        self.diagnostics = diagnostics
    }
}

/// How far a long read of the data folder has come, for a screen to show meanwhile.
public struct LoadProgress: Sendable, Equatable {
    public var bytesRead: Int
    public var bytesTotal: Int

    public init(bytesRead: Int, bytesTotal: Int) {
        self.bytesRead = bytesRead
        self.bytesTotal = bytesTotal
    }

    /// 0–100, never past 100 even when a journal grew during the read.
    public var percent: Int { bytesTotal > 0 ? min(100, bytesRead * 100 / bytesTotal) : 100 }
}

/// A source of events: reads only what changed since the last call.
public protocol EventSource: AnyObject {
    func refresh() -> DataSnapshot

    /// Called during a refresh as the journals are read, on the caller's thread; nil for
    /// none. A source that reads nothing slowly never calls it.
    var progress: ((LoadProgress) -> Void)? { get set }

    /// Like `refresh()`, but applies the new events to `ledger` itself (a new ledger when
    /// the source started over) and returns the snapshot without them, so a large folder
    /// can be replayed without holding all of its events at once.
    func refresh(applyingTo ledger: inout Ledger) -> DataSnapshot

    /// The caller has shown its first frame: work put off so that it came sooner (writing
    /// a snapshot of what was read) may start.
    func firstFrameShown()
}

extension EventSource {
    public func firstFrameShown() {}

    public var progress: ((LoadProgress) -> Void)? {
        get { nil }
        set {}
    }

    public func refresh(applyingTo ledger: inout Ledger) -> DataSnapshot {
        var snapshot = refresh()
        let events = snapshot.newEvents
        snapshot.newEvents = []
        snapshot.deliveredCount = events.count
        if snapshot.restarted { ledger = Ledger() }
        ledger.apply(events)
        return snapshot
    }
}

/// A sink for new events. `append` returns only after the event is durable.
public protocol EventSink: AnyObject {
    var author: String { get }
    func append(_ event: JournalEvent) throws
}

/// Keeps unfinished forms so nothing typed is lost.
public protocol DraftKeeper: AnyObject {
    func saveDraft(name: String, contents: [UInt8]) throws
    func drafts() -> [(name: String, contents: [UInt8])]
    func discardDraft(name: String) throws
}

/// An in-memory implementation of all three, for tests and previews.
public final class MemoryDataStore: EventSource, EventSink, DraftKeeper {
    public let author: String
    /// The plans the store hands out, one per year.
    public var plans: [Plan]
    /// The plan when there is one; setting it replaces every plan.
    public var plan: Plan? {
        get { plans.last }
        set { plans = newValue.map { [$0] } ?? [] }
    }
    public private(set) var events: [JournalEvent]
    private var delivered = 0
    private var draftFiles: [String: [UInt8]] = [:]
    public var available = true
    /// Problems the store reports with every look (a journal that cannot be read, say).
    public var diagnostics: [Diagnostic] = []

    public init(plan: Plan?, events: [JournalEvent] = [], author: String = "test@lagesbild") {
        self.plans = plan.map { [$0] } ?? []
        self.events = events
        self.author = author
    }

    public init(plans: [Plan], events: [JournalEvent] = [], author: String = "test@lagesbild") {
        self.plans = plans
        self.events = events
        self.author = author
    }

    public func refresh() -> DataSnapshot {
        guard available else { return DataSnapshot(available: false, plans: nil, newEvents: [], restarted: false, diagnostics: []) }
        let new = Array(events[delivered...])
        delivered = events.count
        return DataSnapshot(available: true, plans: plans.isEmpty ? nil : PlanBook(plans), newEvents: new, restarted: false,
                            diagnostics: diagnostics)
    }

    public func append(_ event: JournalEvent) throws { events.append(event) }

    public func saveDraft(name: String, contents: [UInt8]) throws { draftFiles[name] = contents }
    public func drafts() -> [(name: String, contents: [UInt8])] { draftFiles.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
    public func discardDraft(name: String) throws { draftFiles[name] = nil }
}

/// Why a write to the data folder failed, in terms a user can act on. A store's errors
/// provide one through `WriteFailureDescribing`, so the front end can explain a full disk
/// or a read-only folder without knowing about files.
public enum WriteFailure: Sendable, Equatable {
    case diskFull(path: String)
    case readOnly(path: String)
    case folderMissing(path: String)
    case other(operation: String, path: String, detail: String)
}

/// An error that can say which `WriteFailure` it is.
public protocol WriteFailureDescribing: Error {
    var writeFailure: WriteFailure? { get }
}

/// Where the dashboard saves the follow-up report it shows; the executable writes the files
/// into the data folder's `reports/` (each replaced whole), tests keep them in memory.
public protocol ReportWriter: AnyObject {
    /// Writes each (file name, contents) and returns where each went.
    func writeReport(files: [(name: String, contents: String)]) throws -> [String]
}
