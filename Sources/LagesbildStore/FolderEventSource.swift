import Dispatch
import LagesbildCore

/// The data folder as an `EventSource`: each `refresh()` looks at what changed since the
/// last one and returns only new events.
///
/// Read-only unless told to keep the snapshot (`SnapshotUse.readAndWrite`, which only ever
/// writes `cache/`): it opens files `O_RDONLY`, takes no lock and creates nothing, so the
/// wall display can poll a folder for weeks without ever changing it. A missing folder
/// gives `available: false`; once it returns, everything is read again and `restarted` is
/// true.
///
/// `diagnostics` in each snapshot is the complete current set (plan and journals), not
/// only what this refresh found; a display can show it as is.
public final class FolderEventSource: EventSource {
    /// What the source does with the ledger snapshot in `cache/` (see `SnapshotFile`).
    public enum SnapshotUse: Sendable, Equatable {
        case none
        /// Starts from the snapshot when it matches the journals; never writes (wall display).
        case read
        /// Also writes a new snapshot, off the caller's thread, once at least this many
        /// bytes of journal were parsed since the snapshot it has.
        case readAndWrite(afterBytes: Int)

        /// About three thousand events: parsing less than this takes a few milliseconds,
        /// less than the snapshot saves.
        public static let readAndWrite = SnapshotUse.readAndWrite(afterBytes: 1 << 20)
    }

    public let folder: String
    public var progress: ((LoadProgress) -> Void)?
    private let journals: JournalReader
    private var planCache: (identity: [String: FileIdentity?], plans: PlanBook?, diagnostics: [Diagnostic])?
    /// Set when the folder vanished after something had been delivered.
    private var restartPending = false
    private let snapshots: SnapshotUse
    private var snapshotLooked = false
    /// Journal bytes the newest snapshot (read or written) covers.
    private var snapshotBytes = 0
    private let snapshotQueue = DispatchQueue(label: "lagesbild.snapshot")
    /// The first refresh started from the snapshot instead of parsing every line (and the
    /// journals have not been read again from the start since).
    public private(set) var startedFromSnapshot = false

    public init(folder: String, snapshots: SnapshotUse = .none) {
        self.folder = folder
        self.journals = JournalReader(folder: folder)
        self.snapshots = snapshots
    }

    /// True for a screen that shows what it read, until its first frame is shown
    /// (`firstFrameShown`): a snapshot is then written after it, not while the index and the
    /// first frame are made on the same two cores. A command that prints and exits writes it
    /// at once, beside its own work.
    public var defersFirstSnapshot = false
    private var pendingSnapshot: (@Sendable () -> Void)?
    var snapshotPutOff: Bool { pendingSnapshot != nil }

    public func firstFrameShown() {
        defersFirstSnapshot = false
        startPendingSnapshot()
    }

    private func startPendingSnapshot() {
        if let write = pendingSnapshot { snapshotQueue.async(execute: write) }
        pendingSnapshot = nil
    }

    /// Writes a snapshot still put off and waits for it; called before the program exits.
    public func finishSnapshotWrites() {
        startPendingSnapshot()
        snapshotQueue.sync {}
    }

    public func refresh() -> DataSnapshot {
        var events: [JournalEvent] = []
        var snapshot = look { pass in
            journals.read(pass) { batch, _, _ in events += batch }
        }
        snapshot.newEvents = events
        snapshot.deliveredCount = events.count
        return snapshot
    }

    /// Reads each chunk of new events straight into `ledger`.
    public func refresh(applyingTo ledger: inout Ledger) -> DataSnapshot {
        if !snapshotLooked, snapshots != .none, !journals.hasState {
            snapshotLooked = true
            startFromSnapshot(&ledger)
        }
        var count = 0
        var snapshot = look { pass in
            if pass.restarted || restartPending {
                ledger = Ledger()
                snapshotBytes = 0
                startedFromSnapshot = false
            }
            var diagnostics: [Diagnostic] = []
            ledger.prepare(forReading: pass)
            ledger.applyBatches(deferringIndex: true) { apply in
                diagnostics = journals.read(pass) { batch, _, _ in
                    count += batch.count
                    apply(&batch)
                }
            }
            return diagnostics
        }
        snapshot.deliveredCount = count
        // The snapshot holds records, not the index: it is written on the other core while
        // the index is built here.
        if snapshot.available { writeSnapshotIfDue(ledger) }
        ledger.finishIndex()
        return snapshot
    }

    /// Takes up the snapshot when it matches the journals: the ledger as it was written and
    /// the reader positioned after the lines it covers.
    private func startFromSnapshot(_ ledger: inout Ledger) {
        guard PosixIO.isDirectory(folder), let found = SnapshotFile.read(folder: folder),
              journals.restore(found.checkpoint) else { return }
        var restored = found.ledger
        restored.ensureRevision(after: ledger.revision)
        ledger = restored
        snapshotBytes = found.checkpoint.bytesRead
        startedFromSnapshot = true
    }

    private func writeSnapshotIfDue(_ ledger: Ledger) {
        guard case .readAndWrite(let afterBytes) = snapshots, let checkpoint = journals.checkpoint(),
              checkpoint.bytesRead - snapshotBytes >= max(1, afterBytes) else { return }
        snapshotBytes = checkpoint.bytesRead
        let folder = self.folder
        // The ledger is a value: the copy handed over is the state at this checkpoint, however
        // the caller's ledger changes meanwhile. A snapshot that cannot be written (read-only
        // folder, full disk) only means the next start parses the journals again.
        let write: @Sendable () -> Void = {
            guard let sealed = try? checkpoint.sealed(folder: folder) else { return }
            try? SnapshotFile.write(ledger, at: sealed, folder: folder)
        }
        if defersFirstSnapshot { pendingSnapshot = write } else { snapshotQueue.async(execute: write) }
    }

    /// One look at the folder: the plan, and `read` for the journals' pass, which returns
    /// their diagnostics.
    private func look(_ read: (JournalReader.Pass) -> [Diagnostic]) -> DataSnapshot {
        guard PosixIO.isDirectory(folder) else {
            if journals.hasState { restartPending = true }
            journals.reset()
            planCache = nil
            return DataSnapshot(available: false, plans: nil, newEvents: [], restarted: false,
                                diagnostics: [Diagnostic(.error, file: folder, .missingFolder)])
        }
        // The plan is read on another core while the journals are: a year's plan takes tens
        // of milliseconds to parse, which a first start should not wait for twice.
        let planRead = PlanRead(self)
        let pass = journals.begin()
        let restarted = pass.restarted || restartPending
        if let progress {
            let total = pass.bytesToRead
            progress(LoadProgress(bytesRead: 0, bytesTotal: total))
            journals.progress = { progress(LoadProgress(bytesRead: $0, bytesTotal: total)) }
        }
        defer { journals.progress = nil }
        let journalDiagnostics = read(pass)
        let plan = planRead.result()
        restartPending = false
        return DataSnapshot(available: true, plans: plan.plans, newEvents: [],
                            restarted: restarted, diagnostics: plan.diagnostics + journalDiagnostics)
    }

    /// The plan files as last read, or a read of them under way: they are read again only
    /// when one of them, or the set of them, changed (each file's inode, size and mtime).
    private final class PlanRead: @unchecked Sendable {
        private let source: FolderEventSource
        private let identity: [String: FileIdentity?]
        private var cached: (plans: PlanBook?, diagnostics: [Diagnostic])?
        private var loaded: (plans: PlanBook?, diagnostics: [Diagnostic])?
        private let done = DispatchSemaphore(value: 0)

        init(_ source: FolderEventSource) {
            self.source = source
            let folder = source.folder
            identity = PlanFiles.identities(folder: folder)
            if let cache = source.planCache, !identity.isEmpty, !identity.values.contains(where: { $0 == nil }),
               cache.identity == identity {
                cached = (cache.plans, cache.diagnostics)
                return
            }
            // `loaded` is written before `done` is signalled and read only after waiting on it.
            DispatchQueue.global().async {
                let read = PlanFiles.load(folder: folder)
                self.loaded = (read.plans, read.diagnostics)
                self.done.signal()
            }
        }

        /// Waits for the read, if one was needed, and keeps it for the next look.
        func result() -> (plans: PlanBook?, diagnostics: [Diagnostic]) {
            if let cached { return cached }
            done.wait()
            let plan = loaded!
            source.planCache = (identity, plan.plans, plan.diagnostics)
            return plan
        }
    }
}

extension Ledger {
    /// A journal line is 300 to 450 bytes (two ids, a timestamp, an author and a record):
    /// the high end, so a first read's tables never start larger than the folder needs (a
    /// table past a power of two doubles its memory); they grow once at most.
    static let journalBytesPerLine = 450

    /// Before `pass` is read into this ledger: sized for it when the ledger is empty.
    mutating func prepare(forReading pass: JournalReader.Pass) {
        prepareForBulkLoad(expectedEvents: pass.bytesToRead / Ledger.journalBytesPerLine)
    }
}
