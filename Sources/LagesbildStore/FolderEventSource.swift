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
        guard PosixIO.isDirectory(folder) else {
            if journals.hasState { restartPending = true }
            journals.reset()
            planCache = nil
            return DataSnapshot(available: false, plan: nil, newEvents: [], restarted: false,
                                diagnostics: [Diagnostic(.error, file: folder, .missingFolder)])
        }
        let plan = currentPlan()
        let read = journals.read()
        let restarted = read.restarted || restartPending
        restartPending = false
        return DataSnapshot(available: true, plan: plan.plan, newEvents: read.events.map(\.event),
                            restarted: restarted, diagnostics: plan.diagnostics + read.diagnostics)
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
