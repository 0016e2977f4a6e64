import CSV
import Foundation
import Ink
import LagesbildCore

/// The files a *Lägesbild och åtgärdsplan* is made from besides the records: survey values
/// in `surveys/*.csv` and the municipality's own sections in `texts/lagesbild-YYYY.md`.
public enum DocumentFiles {
    public static let surveyFolder = "surveys"
    public static let textsFolder = "texts"

    public static func textsFile(forYear year: Int) -> String { "\(textsFolder)/lagesbild-\(year).md" }

    public static func material(folder: String, year: Int) -> DocumentMaterial {
        let (surveys, problems) = readSurveys(folder: folder)
        return DocumentMaterial(surveys: surveys, surveyProblems: problems, texts: readTexts(folder: folder, year: year),
                                textsFile: textsFile(forYear: year), surveyFolder: surveyFolder)
    }

    /// The columns of a survey file, by their names in Swedish or English (`år` or `year`).
    static let columns: [(key: String, names: [String], required: Bool)] = [
        ("year", ["år", "year"], true), ("area", ["område", "area"], true), ("indicator", ["indikator", "indicator"], true),
        ("value", ["värde", "value"], true), ("answers", ["svar", "answers"], false), ("source", ["källa", "source"], false),
    ]

    /// Every `.csv` in `surveys/`, by name. `;` or `,` as the header has more of, decimal comma accepted.
    public static func readSurveys(folder: String) -> (values: [SurveyValue], problems: [Diagnostic]) {
        let dir = "\(folder)/\(surveyFolder)"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".csv") }.sorted()
        var values: [SurveyValue] = []
        var problems: [Diagnostic] = []
        for name in names {
            let file = "\(surveyFolder)/\(name)"
            do {
                let (bytes, _) = try PosixIO.readFile("\(folder)/\(file)")
                let read = parseSurveys(bytes, file: file)
                values += read.values
                problems += read.problems
            } catch let StoreError.io(_, _, code) {
                problems.append(Diagnostic(.error, file: file, line: 1, .survey(.unreadable(String(cString: strerror(code))))))
            } catch {
                problems.append(Diagnostic(.error, file: file, line: 1, .survey(.unreadable(String(describing: error)))))
            }
        }
        return (values, problems)
    }

    public static func parseSurveys(_ bytes: [UInt8], file: String) -> (values: [SurveyValue], problems: [Diagnostic]) {
        guard var text = String(validating: bytes, as: UTF8.self) else {
            return ([], [Diagnostic(.error, file: file, line: 1, .survey(.notUTF8))])
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        let separator: Character = firstLine.filter { $0 == ";" }.count >= firstLine.filter { $0 == "," }.count ? ";" : ","
        guard let reader = try? CSVReader(string: text, hasHeaderRow: false, delimiter: separator.unicodeScalars.first!),
              let header = reader.next() else { return ([], [Diagnostic(.error, file: file, line: 1, .survey(.missingColumn("år")))]) }
        let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var at: [String: Int] = [:]
        var problems: [Diagnostic] = []
        for c in columns {
            if let i = names.firstIndex(where: { c.names.contains($0) }) { at[c.key] = i } else if c.required {
                problems.append(Diagnostic(.error, file: file, line: 1, .survey(.missingColumn(c.names[0]))))
            }
        }
        guard problems.isEmpty else { return ([], problems) }
        var values: [SurveyValue] = []
        // The physical line each row starts on: a quoted cell may hold line breaks.
        func breaks(_ row: [String]) -> Int { row.reduce(0) { $0 + $1.filter { $0 == "\n" }.count } }
        var line = 1 + breaks(header)
        while let row = reader.next() {
            let rowLine = line + 1
            line = rowLine + breaks(row)
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard row.count == header.count else {
                problems.append(Diagnostic(.error, file: file, line: rowLine, .survey(.columnCount(expected: header.count, found: row.count))))
                continue
            }
            func cell(_ key: String) -> String { at[key].map { row[$0].trimmingCharacters(in: .whitespaces) } ?? "" }
            var bad: SurveyProblem?
            let year = Int(cell("year"))
            if year == nil || !(1900...9999).contains(year!) { bad = .notYear(cell("year")) }
            let value = PositionInput.number(cell("value"))
            if value == nil { bad = bad ?? (cell("value").isEmpty ? .empty("värde") : .notNumber(column: "värde", value: cell("value"))) }
            if cell("area").isEmpty { bad = bad ?? .empty("område") }
            if cell("indicator").isEmpty { bad = bad ?? .empty("indikator") }
            let answersText = cell("answers")
            let answers = answersText.isEmpty ? nil : Int(answersText.replacingOccurrences(of: " ", with: ""))
            if !answersText.isEmpty && answers == nil { bad = bad ?? .notNumber(column: "svar", value: answersText) }
            if let bad {
                problems.append(Diagnostic(.error, file: file, line: rowLine, .survey(bad)))
                continue
            }
            values.append(SurveyValue(year: year!, area: cell("area"), indicator: cell("indicator"), value: value!,
                                      answers: answers, source: cell("source")))
        }
        return (values, problems)
    }

    /// The sections of `texts/lagesbild-YYYY.md`, one per `#` or `##` heading, each with its
    /// Markdown and that Markdown as HTML (Ink). Text before the first heading is kept under
    /// the document's introduction.
    public static func readTexts(folder: String, year: Int) -> [OwnText] {
        guard let bytes = try? PosixIO.readFile("\(folder)/\(textsFile(forYear: year))").0,
              let text = String(validating: bytes, as: UTF8.self) else { return [] }
        return parseTexts(text)
    }

    public static func parseTexts(_ text: String, introduction: String = "Inledning") -> [OwnText] {
        var sections: [(heading: String, lines: [String])] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("# ") || line.hasPrefix("## ") {
                sections.append((line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces), []))
            } else if sections.isEmpty {
                if !line.trimmingCharacters(in: .whitespaces).isEmpty { sections.append((introduction, [line])) }
            } else {
                sections[sections.count - 1].lines.append(line)
            }
        }
        let parser = MarkdownParser()
        return sections.map { s in
            let markdown = s.lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            return OwnText(heading: s.heading, markdown: markdown, html: parser.html(from: markdown))
        }
    }
}
