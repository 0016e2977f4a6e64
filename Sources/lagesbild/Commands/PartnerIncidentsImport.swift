import ArgumentParser
import Foundation
import LagesbildCore
import LagesbildStore

/// `lagesbild import incidents FILE.csv --map date=Datum,place=Plats,…`: a partner's
/// incident reports (housing company, school, public transport) in their own columns.
/// Places are matched to hot spots by name or alias and otherwise kept as free text.
/// Every bad row is reported by line; nothing is written while a row is bad unless `--skip-bad`.
struct PartnerIncidentsImport {
    let options: DataOptions
    let file: String
    let map: String?
    let skipBad: Bool
    let author: String?
    let semicolon: Bool

    func run() throws {
        let L = options.language
        let (folder, today, loaded, plan) = try options.loadWithPlan()
        try options.refuseBrokenOutline(loaded)
        let columns = try map.map { text -> IncidentColumnMap in
            switch IncidentColumnMap.parse(text) {
            case .success(let m): return m
            case .failure(let e): throw options.refuse(e.option)
            }
        } ?? IncidentColumnMap.identity
        let error = L(.severityError)
        guard let data = FileManager.default.contents(atPath: file) else {
            Console.error("\(file): \(error): \(L(.report(.importProblem(.unreadable(file)))))")
            throw ExitCode(1)
        }
        let read = PartnerIncidentImport.read(Array(data), map: columns, plan: plan, ledger: loaded.ledger, today: today,
                                              delimiter: semicolon ? .semicolon : nil)
        for row in read.badRows {
            for problem in row.problems {
                Console.error("\(file):\(row.line): \(error): \(L(.report(.importProblem(problem))))")
            }
        }
        if !read.badRows.isEmpty && !skipBad {
            Console.error(L(.report(.importRefused(badRows: read.badRows.count))))
            throw ExitCode(1)
        }
        let writer = author ?? JournalNames.defaultWriter(environment: ProcessInfo.processInfo.environment)
        let appended: Int
        do {
            let access = try DataFolder.open(at: folder, mode: .readWrite, writer: writer)
            guard let sink = access.sink else { throw ExitCode(1) }
            appended = try CSVImport.commit([read], to: sink, author: writer, skipBad: skipBad)
        } catch let failure as StoreError {
            Console.error("lagesbild import incidents: \(failure.systemMessage ?? String(describing: failure))")
            throw ExitCode(1)
        }
        Console.out(L(.report(.imported(records: appended, alreadyThere: read.alreadyThere))) + "\n")
        if !read.badRows.isEmpty { Console.out(L(.report(.badRowsSkipped(read.badRows.count))) + "\n") }
    }
}
