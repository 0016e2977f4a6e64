import CSV
import Foundation
import LagesbildCore

/// Writes records as CSV through CSV.swift's `CSVWriter`: a header row, one row per record,
/// UTF-8, `\n` line ends, fields quoted only when they need it.
public enum CSVExport {
    /// `,` for most tools; `;` for Excel set to Swedish, where `,` is the decimal mark.
    public enum Delimiter: String, Sendable {
        case comma = ",", semicolon = ";"
    }

    /// The current records of one kind, oldest first (by date, then id), optionally only
    /// those dated within `period`, so two exports of the same data are byte for byte equal.
    public static func records(_ kind: RecordKind, in ledger: Ledger, period: Period? = nil) -> [Record] {
        let all: [Record]
        switch kind {
        case .round: all = ledger.rounds.values.map(Record.round)
        case .intervention: all = ledger.interventions.values.map(Record.intervention)
        case .incident: all = ledger.incidents.values.map(Record.incident)
        case .measure: all = ledger.measures.values.map(Record.measure)
        case .meeting, .hotspot: all = []  // not exchanged as CSV; see `RecordColumns.exchangedKinds`
        }
        return all.filter { period?.contains($0.day) ?? true }
            .sorted { $0.day != $1.day ? $0.day < $1.day : UUID.textOrdered($0.id, $1.id) }
    }

    /// The CSV file for records of one kind. With `.semicolon` the file starts with a UTF-8
    /// byte order mark: without it Excel reads the file as Latin-1 and garbles å, ä and ö.
    public static func file(_ kind: RecordKind, records: [Record], delimiter: Delimiter = .comma) throws -> [UInt8] {
        try table(header: RecordColumns.columns(kind), rows: records.map(RecordColumns.row), delimiter: delimiter)
    }

    /// Any table as CSV: the header, then the rows.
    public static func table(header: [String], rows: [[String]], delimiter: Delimiter) throws -> [UInt8] {
        let stream = OutputStream(toMemory: ())
        do {
            let writer = try CSVWriter(stream: stream, delimiter: delimiter.rawValue)
            try writer.write(row: header)
            for row in rows { try writer.write(row: row) }
            writer.stream.close()
        } catch {
            throw StoreError.encoding("CSV: \(error)")
        }
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw StoreError.encoding("CSV: no output")
        }
        // CSVWriter separates rows but does not end the last one; a text file ends with a newline.
        var bytes = delimiter == .semicolon ? [0xEF, 0xBB, 0xBF] : [UInt8]()
        bytes += data
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }
}
