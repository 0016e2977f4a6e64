import Foundation
import LagesbildCore

/// Everything in a data folder, read once: what `lagesbild check` and `summary` need.
public struct DataFolderContents: Sendable {
    /// False when the folder does not exist.
    public var available: Bool
    /// Every year's plan, with the journal's hot spots (`PlanBook.viewed(forYear:)`).
    public var plans: PlanBook?
    /// The newest plan, with the journal's hot spots.
    public var plan: Plan? { plans?.latest.flatMap { plans?.viewed(forYear: $0.year) } }
    /// Every readable event applied.
    public var ledger: Ledger
    /// Plan problems, unreadable journal lines, replay warnings and records that break a
    /// rule, each with file and line where known.
    public var diagnostics: [Diagnostic]
    /// Events read (including duplicates the ledger ignored).
    public var eventCount: Int
}

/// Reads a whole data folder in one go, read-only.
public enum DataFolderLoader {
    /// `today` is the day records dated later count as "in the future".
    public static func load(_ folder: String, today: Day) -> DataFolderContents {
        guard PosixIO.isDirectory(folder) else {
            return DataFolderContents(available: false, plans: nil, ledger: Ledger(),
                                      diagnostics: [Diagnostic(.error, file: folder, .missingFolder)], eventCount: 0)
        }
        let (filePlans, planDiagnostics) = PlanFiles.read(folder: folder)
        var locations = EventLocations()
        var ledger = Ledger()
        var eventCount = 0
        var journalDiagnostics: [Diagnostic] = []
        let reader = JournalReader(folder: folder)
        let pass = reader.begin()
        ledger.prepare(forReading: pass)
        ledger.applyBatches { apply in
            journalDiagnostics = reader.read(pass) { events, file, lines in
                eventCount += events.count
                locations.add(events, file: file, lines: lines)
                apply(&events)
            }
        }
        // Hot spots added at meetings join the plan's own (plan.yaml is never rewritten).
        let plans = filePlans?.merging(ledger)

        var diagnostics = planDiagnostics + journalDiagnostics
        diagnostics += replayDiagnostics(ledger, locations)
        if let all = plans?.allHotSpots { diagnostics += recordDiagnostics(ledger, locations, Validator(plan: all, today: today)) }
        if let plans { diagnostics += unplannedYearDiagnostics(ledger, plans) }
        diagnostics += conflictCopies(folder)
        return DataFolderContents(available: true, plans: plans, ledger: ledger, diagnostics: diagnostics,
                                  eventCount: eventCount)
    }

    /// The plan and the ledger only, as fast as the folder allows: from the snapshot in
    /// `cache/` when it matches the journals, with the lines appended since parsed on top,
    /// and leaving a snapshot for the next start when many lines had to be parsed. Its
    /// diagnostics are the plan's and the journals' unreadable lines; replay and record
    /// checks, which need every event's line, are `load`'s (`lagesbild check`).
    public static func loadLedger(_ folder: String) -> DataFolderContents {
        let source = FolderEventSource(folder: folder, snapshots: .readAndWrite)
        var ledger = Ledger()
        let look = source.refresh(applyingTo: &ledger)
        // The command ends soon after: the snapshot is finished now or not at all.
        source.finishSnapshotWrites()
        return DataFolderContents(available: look.available, plans: look.plans?.merging(ledger), ledger: ledger,
                                  diagnostics: look.diagnostics, eventCount: ledger.eventCount)
    }

    /// Journals that are a sync tool's conflict copies (Syncthing's `.sync-conflict-`,
    /// Nextcloud's and Dropbox's "conflicted copy"): their events are the same records with
    /// the same ids and count once, but `check` names them so someone resolves them.
    static func conflictCopies(_ folder: String) -> [Diagnostic] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "\(folder)/\(JournalNames.directory)")) ?? []
        return names.filter { n in
            n.hasSuffix(".\(JournalNames.fileExtension)") && (n.contains(".sync-conflict-") || n.lowercased().contains("conflicted copy"))
        }.sorted().map { Diagnostic(.warning, file: "\(JournalNames.directory)/\($0)", .conflictCopy) }
    }

    /// One warning per year that has records and no plan: its records are shown and counted,
    /// but there is nothing to set them against.
    private static func unplannedYearDiagnostics(_ ledger: Ledger, _ plans: PlanBook) -> [Diagnostic] {
        ledger.index.recordYears.filter { !plans.hasPlan(forYear: $0) }.map { year in
            Diagnostic(.warning, file: PlanFiles.name(forYear: year),
                       .noPlanForRecords(year: year, records: ledger.index.recordCount(inYear: year)))
        }
    }

    /// Replay warnings name a record, not an event; the line shown is that of the event
    /// that caused it (the first amend or void of an unknown record, the second recording
    /// of a duplicate).
    private static func replayDiagnostics(_ ledger: Ledger, _ locations: EventLocations) -> [Diagnostic] {
        ledger.replayWarnings.map { warning, eventID in
            let place = locations[eventID]
            return Diagnostic(.warning, file: place?.file ?? JournalNames.directory, line: place?.line, .replay(warning))
        }
    }

    /// Validates each record as it stands now, at the line of the event that last wrote
    /// it: a problem already corrected by an amendment is not reported again. These are
    /// warnings because the record was loaded and counts.
    private static func recordDiagnostics(_ ledger: Ledger, _ locations: EventLocations, _ validator: Validator) -> [Diagnostic] {
        let sites = ledger.currentRecords.compactMap { current in
            locations[current.eventID].map { (record: current.record, file: $0.file, line: $0.line) }
        }.sorted { ($0.file, $0.line) < ($1.file, $1.line) }
        var out: [Diagnostic] = []
        for site in sites {
            for problem in validator.problems(in: site.record) {
                out.append(Diagnostic(.warning, file: site.file, line: site.line, .record(problem.problem)))
            }
        }
        return out
    }
}

/// Where each event was read (the first time, when a copy of a journal repeats it),
/// kept small: a file number and a line per event, not the event.
struct EventLocations {
    private var files: [String] = []
    private var places: [UUID: (file: Int32, line: Int32)] = [:]

    mutating func add(_ events: [JournalEvent], file: String, lines: [Int]) {
        if files.last != file { files.append(file) }
        let number = Int32(files.count - 1)
        for (event, line) in zip(events, lines) where places[event.id] == nil {
            places[event.id] = (number, Int32(clamping: line))
        }
    }

    subscript(id: UUID) -> (file: String, line: Int)? {
        places[id].map { (files[Int($0.file)], Int($0.line)) }
    }
}
