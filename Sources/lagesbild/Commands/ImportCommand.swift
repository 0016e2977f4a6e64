import ArgumentParser
import Foundation
import LagesbildCore
import LagesbildStore

/// `lagesbild import FILE.csv …`: appends the rows of CSV files (as `lagesbild export`
/// writes them, or typed by hand) as `recorded` events in the writer's own journal.
///
/// All or nothing: every bad row of every file is reported as `file:line: fel: …` and,
/// unless `--skip-bad`, nothing is written. A row whose id is already in the journal with
/// the same content is skipped, so importing the same export twice changes nothing; the
/// same id with other content is a bad row, because an import never overwrites a record.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Importerar poster från CSV-filer till journalen (import records from CSV).",
        discussion: "lagesbild import incidents FIL.csv --map date=Datum,place=Plats,… läser en samverkansparts händelserapporter.")

    @OptionGroup var options: DataOptions

    @Argument(help: "CSV-filerna (från lagesbild export, eller egna med samma kolumner); eller `incidents FIL.csv`.")
    var files: [String]

    @Option(name: .long, help: "Med `incidents`: kolumnerna, t.ex. date=Datum,place=Plats,category=Kategori,source=Källa,text=Beskrivning.")
    var map: String?

    /// `lagesbild import incidents FILE.csv`: the first word picks a partner's incident report.
    private var partnerFile: String? {
        files.count == 2 && files[0] == "incidents" ? files[1] : nil
    }

    @Option(name: .long, help: "Posttypen: round, intervention, incident eller measure (annars från rubrikraden).")
    var kind: String?

    @Flag(name: .customLong("skip-bad"), help: "Importera de felfria raderna även när andra rader har fel.")
    var skipBad = false

    @Option(name: .long, help: "Vem som registrerar (annars användare@dator).")
    var author: String?

    @Flag(name: .long, help: "Filerna har semikolon som avgränsare (annars avgörs det av rubrikraden).")
    var semicolon = false

    func validate() throws {
        if let kind, RecordKindArgument.parse(kind) == nil { throw options.refuse(.unknownKind(value: kind)) }
        if files.isEmpty { throw options.refuse(.noCSVFile) }
        if files.first == "incidents" && files.count != 2 { throw options.refuse(.incidentsTakeOneFile) }
        if map != nil && partnerFile == nil { throw options.refuse(.mapOnlyForIncidents) }
        if let map, case .failure(let error) = IncidentColumnMap.parse(map) { throw options.refuse(error.option) }
    }

    func run() throws {
        if let partnerFile {
            return try PartnerIncidentsImport(options: options, file: partnerFile, map: map, skipBad: skipBad, author: author,
                                              semicolon: semicolon).run()
        }
        let L = options.language
        let (folder, today, loaded, plan) = try options.loadWithPlan()
        try options.refuseBrokenOutline(loaded)
        let error = L(.severityError)
        var imports: [CSVImport] = []
        var badRows = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                Console.error("\(file): \(error): \(L(.report(.importProblem(.unreadable(file)))))")
                badRows += 1
                continue
            }
            let read = CSVImport.read(Array(data), kind: kind.flatMap(RecordKindArgument.parse), plan: plan, ledger: loaded.ledger,
                                      today: today, delimiter: semicolon ? .semicolon : nil)
            for row in read.badRows {
                for problem in row.problems {
                    Console.error("\(file):\(row.line): \(error): \(L(.report(.importProblem(problem))))")
                }
            }
            badRows += read.badRows.count
            imports.append(read)
        }
        if badRows > 0 && !skipBad {
            Console.error(L(.report(.importRefused(badRows: badRows))))
            throw ExitCode(1)
        }
        let writer = author ?? JournalNames.defaultWriter(environment: ProcessInfo.processInfo.environment)
        var appended = 0
        do {
            let access = try DataFolder.open(at: folder, mode: .readWrite, writer: writer)
            guard let sink = access.sink else { throw ExitCode(1) }
            appended = try CSVImport.commit(imports, to: sink, author: writer, skipBad: skipBad)
        } catch let failure as StoreError {
            Console.error("lagesbild import: \(failure.systemMessage ?? String(describing: failure))")
            throw ExitCode(1)
        }
        Console.out(L(.report(.imported(records: appended, alreadyThere: imports.reduce(0) { $0 + $1.alreadyThere }))) + "\n")
        if badRows > 0 { Console.out(L(.report(.badRowsSkipped(badRows))) + "\n") }
    }
}
