import Glibc
import LagesbildCore

/// The data folder as a whole: its layout, creating a new one, and opening one for use.
public enum DataFolder {
    public static let minutesDirectory = "minutes"

    /// How a front end may use the folder.
    public enum Mode: Sendable {
        /// Wall display: read only, never creates or locks anything.
        case readOnly
        /// Officer or chair: may append to its own journal and keep drafts.
        case readWrite
    }

    /// What a front end gets from an open folder. `sink` and `drafts` are nil in read-only mode.
    public struct Access {
        public let source: FolderEventSource
        public let sink: JournalAppender?
        public let drafts: FolderDrafts?
    }

    /// Wires the folder to Core's protocols. Read-only mode touches nothing; read-write mode
    /// needs the folder to exist and creates its missing subfolders (0700) where it can.
    public static func open(at folder: String, mode: Mode, writer: String) throws -> Access {
        // Only a writer keeps the snapshot current; the wall display reads it when it matches.
        let source = FolderEventSource(folder: folder, snapshots: mode == .readWrite ? .readAndWrite : .read)
        guard mode == .readWrite else { return Access(source: source, sink: nil, drafts: nil) }
        guard PosixIO.isDirectory(folder) else { throw StoreError.io(operation: "open", path: folder, errno: ENOENT) }
        // Best effort: on a folder that cannot be written the forms still open, and a save
        // then says why it failed (each writer creates its subfolder again when it writes).
        for sub in [JournalNames.directory, FolderDrafts.directory, minutesDirectory] {
            try? PosixIO.makeDirectory("\(folder)/\(sub)")
        }
        return Access(source: source, sink: JournalAppender(folder: folder, writer: writer),
                      drafts: FolderDrafts(folder: folder))
    }

    /// `lagesbild init DIR`: creates the folder and its subfolders (mode 0700) and writes a
    /// starter `plan.yaml`. Refuses, with `StoreError.planExists`, when a plan is already
    /// there; an existing folder without a plan is completed.
    public static func create(at folder: String, year: Int) throws {
        let planPath = "\(folder)/\(PlanFile.name)"
        if PosixIO.exists(planPath) { throw StoreError.planExists(path: planPath) }
        try PosixIO.makeDirectories(folder)
        for sub in [JournalNames.directory, FolderDrafts.directory, minutesDirectory] {
            try PosixIO.makeDirectory("\(folder)/\(sub)")
        }
        do {
            try AtomicFile.create(Array(StarterPlan.yaml(year: year).utf8), at: planPath)
        } catch StoreError.io(_, _, EEXIST) {
            throw StoreError.planExists(path: planPath)  // created by someone else meanwhile
        }
    }
}
