import ArgumentParser
import Foundation
import LagesbildCore
import LagesbildStore

/// `lagesbild report --period 2023-T3 --format html --out uppfoljning.html`: the follow-up
/// report (uppföljning) of a tertial or a year.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Skriver uppföljningen av medborgarlöftena för ett tertial eller ett år (the follow-up report).")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, md, html, csv
    }

    @OptionGroup var options: DataOptions

    @Option(name: .long, help: "Perioden: ett tertial (2023-T3) eller ett år (2023); annars innevarande tertial.")
    var period: String?

    @Option(name: .customLong("format"), help: "Format: text, md, html eller csv.")
    var formatName: String = Format.text.rawValue

    /// Checked in `validate()`, so the user reads why in their language, not the parser's.
    var format: Format { Format(rawValue: formatName.lowercased()) ?? .text }

    func validate() throws {
        guard Format(rawValue: formatName.lowercased()) != nil else {
            throw options.refuse(.unknownChoice(option: "--format", value: formatName, known: Format.allCases.map(\.rawValue)))
        }
    }

    @Option(name: .long, help: "Flera år på en sida: 2021-2023 (varje löfte per år, händelser per fokusområde och år).")
    var years: String?

    /// `2021-2023` (or a single year) as the first and last year.
    static func yearRange(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...2).contains(parts.count), let a = Int(parts[0]), let b = Int(parts.last!),
              (1900...9999).contains(a), (1900...9999).contains(b), a <= b, b - a < 50 else { return nil }
        return (a, b)
    }

    @Option(name: .long, help: "Filen som skrivs (annars standard ut).")
    var out: String?

    @Flag(name: .long, help: "CSV med semikolon och decimalkomma, för Excel på svenska.")
    var semicolon = false

    func run() throws {
        let L = options.language
        if let years {
            guard let (first, last) = Self.yearRange(years) else {
                Console.error(L(.years(.yearsOption(years))))
                throw ExitCode.validationFailure
            }
            let (_, today, loaded, plans) = try options.loadWithPlans()
            let multi = MultiYearReport.make(plans: plans, ledger: loaded.ledger, first: first, last: last, today: today)
            let bytes: [UInt8]
            switch format {
            case .text: bytes = Array(multi.renderText(language: L).utf8)
            case .md: bytes = Array(multi.renderMarkdown(language: L).utf8)
            case .html: bytes = Array(multi.renderHTML(language: L).utf8)
            case .csv: bytes = try ReportCSV.multiYear(multi, language: L, delimiter: semicolon ? .semicolon : .comma)
            }
            try DocumentOutput.write(bytes, to: out, command: "report", readers: .everyone)
            try options.finishReporting(loaded)
            return
        }
        // Checked before the folder is read: a mistyped period should not wait for a large load.
        var requested: Period?
        if let period {
            guard let p = Period(period), p.kind != .week else {
                throw options.refuse(.notATertialOrYear(option: "--period", value: period))
            }
            requested = p
        }
        if options.folders.count > 1 {
            guard format == .text || format == .md else {
                Console.error(L(.area(.htmlOneFolder)))
                throw ExitCode(64)
            }
            return try AreaFolders.report(options, period: requested, markdown: format == .md, out: out)
        }
        let (_, today, loaded, plans) = try options.loadWithPlans()
        let chosen = options.chosenPeriod(requested, plans: plans, loaded: loaded, today: today)
        let report = FollowUpReport.make(plans: plans, ledger: loaded.ledger, period: chosen, today: today)
        // A spreadsheet has no room for the summary, so a period not begun is said beside it.
        if format == .csv, !report.hasBegun {
            Console.error(L(.report(.finding(.notBegun(report.period), report.period.kind))))
        }
        let bytes: [UInt8]
        switch format {
        case .text: bytes = Array(ReportTextRenderer(report: report, language: L).render().utf8)
        case .md: bytes = Array(ReportMarkdownRenderer(report: report, language: L).render().utf8)
        case .html: bytes = Array(ReportHTMLRenderer(report: report, language: L).render().utf8)
        case .csv: bytes = try ReportCSV.file(report, language: L, delimiter: semicolon ? .semicolon : .comma)
        }
        try DocumentOutput.write(bytes, to: out, command: "report", readers: .everyone)
        try options.finishReporting(loaded)
    }
}

/// Where a command's document goes: a file, replaced whole so a reader never sees half of
/// it, or standard output.
enum DocumentOutput {
    /// `readers`: a report is a document for publishing (0644 less the umask); an export of
    /// the records stays the writer's own (0600), as the journals it comes from.
    static func write(_ bytes: [UInt8], to path: String?, command: String, readers: AtomicFile.Readers = .owner) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        do {
            try AtomicFile.write(bytes, to: path, readers: readers)
        } catch {
            Console.error("lagesbild \(command): \(path): \((error as? StoreError)?.systemMessage ?? String(describing: error))")
            throw ExitCode(1)
        }
    }
}
