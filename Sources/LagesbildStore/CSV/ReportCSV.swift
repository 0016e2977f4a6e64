import LagesbildCore

/// `lagesbild report --format csv`: the promise table of the follow-up report, one row per
/// promise, for a spreadsheet. Column names are stable keys; statuses and owners are
/// written in the report's language, as a reader of the sheet expects them.
public enum ReportCSV {
    public static let header = ["focus_area", "promise_id", "promise", "owner", "metric", "period", "done", "target",
                                "expected", "status", "year_done", "year_target", "year_status"]

    public static func file(_ report: FollowUpReport, language: Language, delimiter: CSVExport.Delimiter = .comma) throws -> [UInt8] {
        let rows = report.focusAreas.flatMap { area in
            area.promises.map { p in
                [area.area.name, p.promise.id, p.promise.text, language(.promiseOwner(p.promise.owner)), p.promise.metric.key,
                 report.period.description, String(p.period.done), String(p.period.target), decimal(p.period.expected, delimiter),
                 language(.report(.status(p.period.status))), String(p.yearToDate.done), String(p.yearToDate.target),
                 language(.report(.status(p.yearToDate.status)))]
            }
        }
        return try CSVExport.table(header: header, rows: rows, delimiter: delimiter)
    }

    public static let multiYearHeader = ["promise_id", "promise", "year", "done", "target", "status"]

    /// `report --years … --format csv`: one row per promise and year its plan had it.
    public static func multiYear(_ report: MultiYearReport, language: Language, delimiter: CSVExport.Delimiter = .comma) throws -> [UInt8] {
        let rows = report.promises.flatMap { p in
            zip(report.years, p.results).compactMap { year, r in
                r.map { [p.id, p.text, String(year), String($0.done), String($0.target), language(.report(.status($0.status)))] }
            }
        }
        return try CSVExport.table(header: multiYearHeader, rows: rows, delimiter: delimiter)
    }

    /// One decimal; a decimal comma in the semicolon (Swedish Excel) dialect.
    static func decimal(_ value: Double, _ delimiter: CSVExport.Delimiter) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10)\(delimiter == .semicolon ? "," : ".")\(abs(tenths % 10))"
    }
}
