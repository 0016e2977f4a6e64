import Foundation
import LagesbildCore

/// Everything in a data folder, read once: what `lagesbild check` and `summary` need.
public struct DataFolderContents: Sendable {
    /// False when the folder does not exist.
    public var available: Bool
    public var plan: Plan?
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
            return DataFolderContents(available: false, plan: nil, ledger: Ledger(),
                                      diagnostics: [Diagnostic(.error, file: folder, .missingFolder)], eventCount: 0)
        }
        let (filePlan, planDiagnostics) = PlanFile.read(folder: folder)
        let read = JournalReader(folder: folder).read()
        let ledger = Ledger(events: read.events.map(\.event))
        // Hot spots added at meetings join the plan's own (plan.yaml is never rewritten).
        let plan = filePlan?.merging(ledger)
        let locations = Dictionary(read.events.map { ($0.event.id, $0) }, uniquingKeysWith: { first, _ in first })

        var diagnostics = planDiagnostics + read.diagnostics
        diagnostics += replayDiagnostics(ledger, locations)
        if let plan { diagnostics += recordDiagnostics(ledger, locations, Validator(plan: plan, today: today)) }
        return DataFolderContents(available: true, plan: plan, ledger: ledger, diagnostics: diagnostics,
                                  eventCount: read.events.count)
    }

    /// Replay warnings name a record, not an event; the line shown is that of the event
    /// that caused it (the first amend or void of an unknown record, the second recording
    /// of a duplicate), found by replaying the ledger's order.
    private static func replayDiagnostics(_ ledger: Ledger, _ locations: [UUID: LocatedEvent]) -> [Diagnostic] {
        var used = Set<UUID>()
        return ledger.warnings.map { warning in
            let culprit: JournalEvent?
            switch warning {
            case .unknownRecord(let kind, let id):
                culprit = ledger.events.first { $0.kind == kind && $0.recordID == id && $0.action != .recorded && !used.contains($0.id) }
            case .duplicateRecord(let kind, let id):
                culprit = ledger.events.filter { $0.kind == kind && $0.recordID == id && $0.action == .recorded }
                    .dropFirst().first { !used.contains($0.id) }
            }
            if let culprit { used.insert(culprit.id) }
            let place = culprit.flatMap { locations[$0.id] }
            return Diagnostic(.warning, file: place?.file ?? JournalNames.directory, line: place?.line, .replay(warning))
        }
    }

    /// Validates each record as it stands now, at the line of the event that last wrote
    /// it: a problem already corrected by an amendment is not reported again. These are
    /// warnings because the record was loaded and counts.
    private static func recordDiagnostics(_ ledger: Ledger, _ locations: [UUID: LocatedEvent], _ validator: Validator) -> [Diagnostic] {
        var lastWriter: [UUID: JournalEvent] = [:]
        for event in ledger.events where event.record != nil { lastWriter[event.recordID] = event }
        var out: [Diagnostic] = []
        let sites = lastWriter.values.compactMap { e in locations[e.id] }
            .sorted { ($0.file, $0.line) < ($1.file, $1.line) }
        for site in sites {
            guard let record = ledger.record(kind: site.event.kind, id: site.event.recordID),
                  record == site.event.record else { continue }  // voided since, or replaced by a later event
            for problem in validator.problems(in: record) {
                out.append(Diagnostic(.warning, file: site.file, line: site.line, .record(problem.problem)))
            }
        }
        return out
    }
}
