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
    /// starter plan for `year` as `plans/YYYY.yaml`. Refuses, with `StoreError.planExists`,
    /// when the folder already has a plan (`plan.yaml` or any in `plans/`); an existing
    /// folder without a plan is completed.
    public static func create(at folder: String, year: Int) throws {
        if let existing = PlanFiles.files(folder: folder).first { throw StoreError.planExists(path: "\(folder)/\(existing)") }
        try PosixIO.makeDirectories(folder)
        for sub in [JournalNames.directory, FolderDrafts.directory, minutesDirectory, PlanFiles.directory] {
            try PosixIO.makeDirectory("\(folder)/\(sub)")
        }
        let planPath = "\(folder)/\(PlanFiles.name(forYear: year))"
        do {
            try AtomicFile.create(Array(StarterPlan.yaml(year: year).utf8), at: planPath)
        } catch StoreError.io(_, _, EEXIST) {
            throw StoreError.planExists(path: planPath)  // created by someone else meanwhile
        }
    }

    /// `lagesbild init --shared GROUP DIR`: makes `folder` (created when missing) a
    /// group-shared data folder: owned by the group, mode 2770, so everything created in it
    /// afterwards is shared with the group (`FolderModes`). The folder's own contents made
    /// before are left as they are.
    public static func share(_ folder: String, group: String) throws {
        guard let entry = getgrnam(group) else { throw StoreError.unknownGroup(group) }
        try PosixIO.makeDirectories(folder)
        guard chown(folder, uid_t.max, entry.pointee.gr_gid) == 0 else {
            throw StoreError.io(operation: "chown", path: folder, errno: errno)
        }
        guard chmod(folder, 0o2770) == 0 else { throw StoreError.io(operation: "chmod", path: folder, errno: errno) }
    }

    /// `lagesbild init --year 2024` in a folder that has plans: writes `plans/2024.yaml` from
    /// the plan of the nearest earlier year (or the newest), with the hot spots the journal
    /// added, and a comment at the top saying what to review. Every other file stays as it
    /// is; a plan already there for the year is refused with `StoreError.planExists`.
    /// Returns the path written and the year it was made from.
    public static func addYear(_ year: Int, at folder: String, today: Day) throws -> (path: String, from: Plan, fromFile: String) {
        let loaded = PlanFiles.load(folder: folder)
        guard let plans = loaded.plans else { throw StoreError.io(operation: "read plans", path: folder, errno: ENOENT) }
        if plans.hasPlan(forYear: year) { throw StoreError.planExists(path: "\(folder)/\(PlanFiles.name(forYear: year))") }
        let earlier = plans.plans.last { $0.year < year } ?? plans.latest!
        let fromFile = PlanFiles.files(folder: folder).first { PlanFiles.yearInName($0) == earlier.year } ?? PlanFile.name
        // Places made hot spots at meetings are adopted into the new year's plan.
        let ledger = DataFolderLoader.loadLedger(folder).ledger
        var next = earlier.merging(ledger)
        next.year = year
        for i in next.hotSpots.indices { next.hotSpots[i].addedInJournal = false }
        let text = StarterPlan.nextYearHeader(year: year, fromFile: fromFile, today: today) + (try PlanFile.yaml(for: next))
        try PosixIO.makeDirectory("\(folder)/\(PlanFiles.directory)")
        let path = "\(folder)/\(PlanFiles.name(forYear: year))"
        do {
            try AtomicFile.create(Array(text.utf8), at: path)
        } catch StoreError.io(_, _, EEXIST) {
            throw StoreError.planExists(path: path)
        }
        return (path, earlier, fromFile)
    }
}
