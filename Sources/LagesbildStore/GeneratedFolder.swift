import LagesbildCore

extension DataFolder {
    /// Writes a whole new folder at once: `plan.yaml` and one journal per writer, each a new
    /// file written atomically. Used by `lagesbild generate`; refuses to touch a folder
    /// that already has a plan or a journal of the same writer.
    /// - Returns: the number of events written.
    @discardableResult
    public static func write(plan: Plan, events: [JournalEvent], to folder: String) throws -> Int {
        let planPath = "\(folder)/\(PlanFile.name)"
        if PosixIO.exists(planPath) { throw StoreError.planExists(path: planPath) }
        try PosixIO.makeDirectories(folder)
        for sub in [JournalNames.directory, FolderDrafts.directory, minutesDirectory] {
            try PosixIO.makeDirectory("\(folder)/\(sub)")
        }
        var byWriter: [String: [UInt8]] = [:]
        for event in events {
            byWriter[event.author, default: []] += try JournalLine.encode(event)
        }
        for (writer, bytes) in byWriter.sorted(by: { $0.key < $1.key }) {
            try AtomicFile.create(bytes, at: "\(folder)/\(JournalNames.relativeJournalPath(writer: writer))")
        }
        try AtomicFile.create(Array(try PlanFile.yaml(for: plan).utf8), at: planPath)
        return events.count
    }
}
