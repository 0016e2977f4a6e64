import CSV
import Foundation
import LagesbildCore

/// Reads a CSV file of records through CSV.swift's `CSVReader` and decides, row by row,
/// what importing it means. Reading and deciding do no writing: `lagesbild import` shows
/// every bad row first and appends only when the caller allows it.
public struct CSVImport: Sendable {
    /// A row that cannot be imported, with every problem found in it.
    public struct BadRow: Sendable, Equatable {
        /// 1-based line in the file where the row starts (the header is line 1).
        public var line: Int
        public var problems: [ImportProblem]
    }

    public var kind: RecordKind?
    /// Records to append, in file order.
    public var newRecords: [Record] = []
    /// Rows whose record is already in the journal with the same content: skipped, which
    /// makes importing the same export twice harmless.
    public var alreadyThere = 0
    public var badRows: [BadRow] = []

    /// Reads `bytes` as CSV of one record kind (`kind`, or the one its header fits) and checks
    /// each row: cells, the domain's rules (`Validator`), and its id against `ledger`.
    /// The delimiter is `;` when the header holds more `;` than `,`, unless `delimiter` says.
    public static func read(_ bytes: [UInt8], kind requested: RecordKind?, plan: Plan, ledger: Ledger, today: Day,
                            delimiter: CSVExport.Delimiter? = nil) -> CSVImport {
        var result = CSVImport(kind: requested)
        guard var text = String(validating: bytes, as: UTF8.self) else {
            result.badRows = [BadRow(line: 1, problems: [.notUTF8])]
            return result
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        let separator = delimiter ?? (firstLine.filter { $0 == ";" }.count > firstLine.filter { $0 == "," }.count ? .semicolon : .comma)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, delimiter: separator.rawValue.unicodeScalars.first!)
        } catch {
            result.badRows = [BadRow(line: 1, problems: [.unreadable(String(describing: error))])]
            return result
        }
        guard let rawHeader = reader.next(), rawHeader != [""] else {
            result.badRows = [BadRow(line: 1, problems: [.empty])]
            return result
        }
        let header = rawHeader.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let kind = requested ?? detectKind(header), RecordColumns.exchangedKinds.contains(kind) else {
            result.badRows = [BadRow(line: 1, problems: [.unknownKind])]
            return result
        }
        result.kind = kind
        let known = Set(RecordColumns.columns(kind))
        var headerProblems: [ImportProblem] = header.filter { !known.contains($0) }.map { .unknownColumn($0) }
        headerProblems += RecordColumns.required(kind).filter { !header.contains($0) }.map { .missingColumn($0) }
        guard headerProblems.isEmpty else {
            result.badRows = [BadRow(line: 1, problems: headerProblems)]
            return result
        }

        let validator = Validator(plan: plan, today: today)
        var seen: [UUID: (line: Int, record: Record)] = [:]
        var line = 2 + newlines(in: rawHeader)
        while let row = reader.next() {
            let rowLine = line
            line += 1 + newlines(in: row)
            if row == [""] { continue }  // a blank line
            guard row.count == header.count else {
                result.badRows.append(BadRow(line: rowLine, problems: [.columnCount(expected: header.count, found: row.count)]))
                continue
            }
            let cells = Dictionary(zip(header, row), uniquingKeysWith: { first, _ in first })
            let decoded = RecordRowDecoder.decode(plan: plan, kind: kind, cells: cells)
            guard let record = decoded.record else {
                result.badRows.append(BadRow(line: rowLine, problems: decoded.problems))
                continue
            }
            var problems = validator.problems(in: record).map { ImportProblem.validation($0.problem) }
            if let earlier = seen[record.id] {
                if earlier.record == record { continue }
                problems.append(.duplicateInFile(record.id, firstLine: earlier.line))
            } else if let existing = ledger.record(kind: kind, id: record.id) {
                if existing == record { seen[record.id] = (rowLine, record); result.alreadyThere += 1; continue }
                problems.append(.conflict(record.id))
            } else if ledger.hasHistory(record.id) {
                problems.append(.voided(record.id))
            }
            guard problems.isEmpty else {
                result.badRows.append(BadRow(line: rowLine, problems: problems))
                continue
            }
            seen[record.id] = (rowLine, record)
            result.newRecords.append(record)
        }
        return result
    }

    /// The kind whose columns hold every column of the header, and whose required columns
    /// the header has; the four kinds differ enough for exactly one to fit a real file.
    static func detectKind(_ header: [String]) -> RecordKind? {
        let fits = RecordColumns.exchangedKinds.filter { kind in
            let columns = Set(RecordColumns.columns(kind))
            return header.allSatisfy(columns.contains) && RecordColumns.required(kind).allSatisfy(header.contains)
        }
        return fits.count == 1 ? fits[0] : nil
    }

    /// Line breaks inside quoted cells: a row spans that many more lines of the file.
    static func newlines(in row: [String]) -> Int {
        row.reduce(0) { $0 + $1.unicodeScalars.filter { $0 == "\n" }.count }
    }

    /// The import policy in one place: when any file has a bad row, nothing is appended
    /// unless `skipBad`; otherwise every file's new records are appended in order.
    /// - Returns: the number of events appended (0 when refused).
    public static func commit(_ imports: [CSVImport], to sink: EventSink, author: String, skipBad: Bool,
                              at timestamp: Date = Date()) throws -> Int {
        if !skipBad && imports.contains(where: { !$0.badRows.isEmpty }) { return 0 }
        var appended = 0
        for read in imports { appended += try read.append(to: sink, author: author, at: timestamp) }
        return appended
    }

    /// Appends each new record as a `recorded` event by `author`, in file order.
    /// - Returns: the number of events appended.
    @discardableResult
    public func append(to sink: EventSink, author: String, at timestamp: Date = Date()) throws -> Int {
        for record in newRecords {
            try sink.append(JournalEvent(timestamp: timestamp, author: author, action: .recorded, record: record))
        }
        return newRecords.count
    }
}
