import ArgumentParser
import Foundation
import LagesbildCore
import LagesbildStore

/// `lagesbild export --out DIR`: the records as CSV, a file per kind (rounds.csv,
/// interventions.csv, incidents.csv, measures.csv), or one kind with `--kind`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Exporterar rundor, insatser, händelser och åtgärder som CSV (export records as CSV).")

    @OptionGroup var options: DataOptions

    @Option(name: .long, help: "Bara en posttyp: round, intervention, incident eller measure.")
    var kind: String?

    @Option(name: .long, help: "Mappen för filerna (annars aktuell mapp); med --kind filen (annars standard ut).")
    var out: String?

    @Option(name: .long, help: "Bara poster daterade i perioden: 2023, 2023-T2 eller 2023-W47.")
    var period: String?

    @Flag(name: .long, help: "Semikolon som avgränsare, för Excel på svenska.")
    var semicolon = false

    func validate() throws {
        if let kind, RecordKindArgument.parse(kind) == nil { throw options.refuse(.unknownKind(value: kind)) }
        _ = try options.period(period)
    }

    func run() throws {
        let folder = try options.requireFolder()
        let L = options.language
        let loaded = DataFolderLoader.loadLedger(folder)
        let delimiter: CSVExport.Delimiter = semicolon ? .semicolon : .comma
        let span = period.flatMap(Period.init)
        if let kind = kind.flatMap(RecordKindArgument.parse) {
            let records = CSVExport.records(kind, in: loaded.ledger, period: span)
            try DocumentOutput.write(try CSVExport.file(kind, records: records, delimiter: delimiter), to: out, command: "export")
            if let out { Console.error(L(.report(.exported(rows: records.count, path: out)))) }
            try options.finishReporting(loaded)
            return
        }
        let directory = out ?? "."
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            Console.error("lagesbild export: \(directory): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        for kind in RecordColumns.exchangedKinds {
            let records = CSVExport.records(kind, in: loaded.ledger, period: span)
            let path = "\(directory)/\(RecordColumns.fileName(kind))"
            try DocumentOutput.write(try CSVExport.file(kind, records: records, delimiter: delimiter), to: path, command: "export")
            Console.out(L(.report(.exported(rows: records.count, path: path))) + "\n")
        }
        try options.finishReporting(loaded)
    }
}

/// `--kind` as typed: the file key (`round`) or the Swedish word (`runda`, `rundor`).
enum RecordKindArgument {
    static func parse(_ text: String) -> RecordKind? {
        let key = text.lowercased()
        if let kind = RecordKind(rawValue: key), RecordColumns.exchangedKinds.contains(kind) { return kind }
        let words: [String: RecordKind] = [
            "rounds": .round, "runda": .round, "rundor": .round,
            "interventions": .intervention, "insats": .intervention, "insatser": .intervention,
            "incidents": .incident, "händelse": .incident, "händelser": .incident,
            "measures": .measure, "åtgärd": .measure, "åtgärder": .measure,
        ]
        return words[key]
    }
}
