import CSV
import Foundation
import LagesbildCore

/// Reads a partner's incident report file (`lagesbild import incidents FILE.csv --map …`):
/// columns named by the partner, places given as text. A place that names a hot spot (by id,
/// name or alias, journal-added hot spots included) is stored as that hot spot; any other
/// place is kept as free text, which the meeting lists as a new place. Rows are checked like
/// any import, and the result goes through the same all-or-nothing `CSVImport.commit`.
public enum PartnerIncidentImport {
    public static func read(_ bytes: [UInt8], map: IncidentColumnMap, plan filePlan: Plan, ledger: Ledger, today: Day,
                            delimiter: CSVExport.Delimiter? = nil) -> CSVImport {
        typealias BadRow = CSVImport.BadRow
        var result = CSVImport(kind: .incident)
        let plan = filePlan.merging(ledger)
        guard var text = String(validating: bytes, as: UTF8.self) else {
            result.badRows = [BadRow(line: 1, problems: [.notUTF8])]
            return result
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        let separator = delimiter ?? (firstLine.filter { $0 == ";" }.count > firstLine.filter { $0 == "," }.count ? .semicolon : .comma)
        guard let reader = try? CSVReader(string: text, hasHeaderRow: false, delimiter: separator.rawValue.unicodeScalars.first!),
              let rawHeader = reader.next(), rawHeader != [""] else {
            result.badRows = [BadRow(line: 1, problems: [.empty])]
            return result
        }
        let header = rawHeader.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        // A file with coordinates needs no place column: the position says where.
        let has = { (field: String) in header.contains(map.columns[field] ?? field) }
        let positioned = (has("lat") && has("lon")) || (has("n") && has("e"))
        let missing = IncidentColumnMap.required.compactMap { field -> ImportProblem? in
            let column = map.columns[field] ?? field
            if field == "place" && positioned { return nil }
            return header.contains(column) ? nil : .missingColumn(column)
        }
        guard missing.isEmpty else {
            result.badRows = [BadRow(line: 1, problems: missing)]
            return result
        }

        let validator = Validator(plan: plan, today: today)
        var known = Set(ledger.incidents.values.map(contentKey))
        var line = 2 + CSVImport.newlines(in: rawHeader)
        while let row = reader.next() {
            let rowLine = line
            line += 1 + CSVImport.newlines(in: row)
            if row == [""] { continue }
            guard row.count == header.count else {
                result.badRows.append(BadRow(line: rowLine, problems: [.columnCount(expected: header.count, found: row.count)]))
                continue
            }
            let byColumn = Dictionary(zip(header, row), uniquingKeysWith: { first, _ in first })
            var cells: [String: String] = [:]
            for field in IncidentColumnMap.fields {
                cells[field] = byColumn[map.columns[field] ?? field]?.trimmingCharacters(in: .whitespaces) ?? ""
            }
            splitDateAndTime(&cells)
            if let spot = plan.resolveHotSpot(cells["place"] ?? "") {
                cells["hotspot"] = spot.id
                cells["place"] = ""
            }
            let decoded = RecordRowDecoder.decode(plan: plan, kind: .incident, cells: cells)
            guard let record = decoded.record, case .incident(let incident) = record else {
                result.badRows.append(BadRow(line: rowLine, problems: decoded.problems))
                continue
            }
            let problems = validator.problems(in: record).map { ImportProblem.validation($0.problem) }
            guard problems.isEmpty else {
                result.badRows.append(BadRow(line: rowLine, problems: problems))
                continue
            }
            // Partner files carry no ids: the same report sent twice is recognised by its content.
            guard known.insert(contentKey(incident)).inserted else { result.alreadyThere += 1; continue }
            result.newRecords.append(record)
        }
        return result
    }

    /// Partner systems often write `2023-11-20 14:35` in one cell; the time part goes to
    /// `time` unless a time column was mapped too.
    static func splitDateAndTime(_ cells: inout [String: String]) {
        guard let date = cells["date"], date.count > 10, Day(iso: date.prefix(10)) != nil else { return }
        let rest = date.dropFirst(10).trimmingCharacters(in: CharacterSet(charactersIn: " T"))
        cells["date"] = String(date.prefix(10))
        if (cells["time"] ?? "").isEmpty { cells["time"] = String(rest.prefix(5)) }
    }

    static func contentKey(_ i: Incident) -> String {
        [i.date.iso, i.time?.description ?? "", i.hotSpot ?? "", i.place.lowercased(), i.category.rawValue, i.source.rawValue, i.text]
            .joined(separator: "\u{1F}")
    }
}
