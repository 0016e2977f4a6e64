import Foundation
import Glibc
import LagesbildCore

extension DataFolder {
    /// Writes a whole new data folder at once (`lagesbild generate`): the plan and every
    /// event, each author's events in its own journal, sorted by time. Refuses, like
    /// `create`, when a plan is already there. Journals are written complete before the plan,
    /// so a folder with a plan is never half written. Returns the number of events written.
    @discardableResult
    public static func write(plan: Plan, events: [JournalEvent], to folder: String) throws -> Int {
        try write(plans: [plan], events: events, to: folder)
    }

    /// Writes one plan a year as `plans/YYYY.yaml` and the events into their writers' journals.
    @discardableResult
    /// `files` (name, contents) go beside the plans: the outline a plan names.
    public static func write(plans: [Plan], events: [JournalEvent], to folder: String,
                             files: [(name: String, contents: [UInt8])] = []) throws -> Int {
        if let existing = PlanFiles.files(folder: folder).first { throw StoreError.planExists(path: "\(folder)/\(existing)") }
        try PosixIO.makeDirectories(folder)
        for sub in [JournalNames.directory, FolderDrafts.directory, minutesDirectory, PlanFiles.directory] {
            try PosixIO.makeDirectory("\(folder)/\(sub)")
        }
        let byWriter = Dictionary(grouping: events) { JournalNames.safeWriterName($0.author) }
        for (writer, own) in byWriter.sorted(by: { $0.key < $1.key }) {
            var bytes: [UInt8] = []
            for event in own.sorted(by: { $0.timestamp != $1.timestamp ? $0.timestamp < $1.timestamp : UUID.textOrdered($0.id, $1.id) }) {
                bytes += try JournalLine.encode(event)
            }
            // A new file, written whole and never replaced: an existing journal is an error.
            try AtomicFile.create(bytes, at: "\(folder)/\(JournalNames.relativeJournalPath(writer: writer))")
        }
        for file in files { try AtomicFile.create(file.contents, at: "\(folder)/\(file.name)") }
        for plan in plans {
            let planPath = "\(folder)/\(PlanFiles.name(forYear: plan.year))"
            let yaml = "# Lägesbild – plan för \(plan.year) skapad av lagesbild generate. Se `lagesbild init` för en plan med förklaringar.\n"
                + (try PlanFile.yaml(for: plan))
            do {
                try AtomicFile.create(Array(yaml.utf8), at: planPath)
            } catch StoreError.io(_, _, EEXIST) {
                throw StoreError.planExists(path: planPath)
            }
        }
        return events.count
    }
}
