import LagesbildCore

/// The data folder as an `EventSource`: each `refresh()` looks at what changed since the
/// last one and returns only new events.
///
/// Read-only by construction: it opens files `O_RDONLY`, takes no lock and creates
/// nothing, so the wall display can poll a folder for weeks without ever changing it. A
/// missing folder gives `available: false`; once it returns, everything is read again
/// and `restarted` is true.
///
/// `diagnostics` in each snapshot is the complete current set (plan and journals), not
/// only what this refresh found; a display can show it as is.
public final class FolderEventSource: EventSource {
    public let folder: String
    private let journals: JournalReader
    private var planCache: (identity: FileIdentity?, plan: Plan?, diagnostics: [Diagnostic])?
    /// Set when the folder vanished after something had been delivered.
    private var restartPending = false

    public init(folder: String) {
        self.folder = folder
        self.journals = JournalReader(folder: folder)
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
        var count = 0
        var snapshot = look { pass in
            if pass.restarted || restartPending { ledger = Ledger() }
            var diagnostics: [Diagnostic] = []
            ledger.applyBatches { apply in
                diagnostics = journals.read(pass) { batch, _, _ in
                    count += batch.count
                    apply(batch)
                }
            }
            return diagnostics
        }
        snapshot.deliveredCount = count
        return snapshot
    }

    /// One look at the folder: the plan, and `read` for the journals' pass, which returns
    /// their diagnostics.
    private func look(_ read: (JournalReader.Pass) -> [Diagnostic]) -> DataSnapshot {
        guard PosixIO.isDirectory(folder) else {
            if journals.hasState { restartPending = true }
            journals.reset()
            planCache = nil
            return DataSnapshot(available: false, plan: nil, newEvents: [], restarted: false,
                                diagnostics: [Diagnostic(.error, file: folder, .missingFolder)])
        }
        let plan = currentPlan()
        let pass = journals.begin()
        let restarted = pass.restarted || restartPending
        let journalDiagnostics = read(pass)
        restartPending = false
        return DataSnapshot(available: true, plan: plan.plan, newEvents: [],
                            restarted: restarted, diagnostics: plan.diagnostics + journalDiagnostics)
    }

    /// Re-reads the plan file only when its (inode, size, mtime) changed.
    private func currentPlan() -> (plan: Plan?, diagnostics: [Diagnostic]) {
        let identity = FileIdentity.of("\(folder)/\(PlanFile.name)")
        if let cache = planCache, identity != nil, cache.identity == identity {
            return (cache.plan, cache.diagnostics)
        }
        let loaded = PlanFile.load(folder: folder)
        planCache = (loaded.identity, loaded.plan, loaded.diagnostics)
        return (loaded.plan, loaded.diagnostics)
    }
}
