import ArgumentParser
import Foundation
import LagesbildCore
import LagesbildStore

/// `lagesbild document --year 2023 --format html --out lagesbild-2023.html`: *Lägesbild och
/// åtgärdsplan*, the document Lag (2023:196) asks of every municipality. A bad survey row is
/// an error naming its file and line, and then no document is written.
struct DocumentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "document",
        abstract: "Skriver lägesbild och åtgärdsplan för ett år enligt lagen (2023:196) (the law's document).")

    enum Format: String, CaseIterable { case html, md }

    @OptionGroup var options: DataOptions

    @Option(name: .long, help: "Året (annars året för den period instrumentpanelen öppnar på).")
    var year: Int?

    @Option(name: .customLong("format"), help: "Format: html eller md.")
    var formatName: String = Format.html.rawValue

    @Option(name: .long, help: "Filen som skrivs (annars standard ut).")
    var out: String?

    var format: Format { Format(rawValue: formatName.lowercased()) ?? .html }

    func validate() throws {
        guard Format(rawValue: formatName.lowercased()) != nil else {
            throw options.refuse(.unknownChoice(option: "--format", value: formatName, known: Format.allCases.map(\.rawValue)))
        }
    }

    func run() throws {
        let L = options.language
        let (folder, today, loaded, plans) = try options.loadWithPlans()
        let year = self.year ?? options.chosenPeriod(nil, plans: plans, loaded: loaded, today: today).year
        let material = DocumentFiles.material(folder: folder, year: year)
        guard material.surveyProblems.isEmpty else {
            for d in material.surveyProblems { Console.error(L.line(d)) }
            throw ExitCode(1)
        }
        var input = LawDocumentInput(plans: plans, ledger: loaded.ledger, year: year, today: today)
        input.add(material)
        input.diagnostics = loaded.diagnostics
        let document = LawDocumentBuilder(input, language: L).make()
        let text = format == .html ? LawDocumentHTMLRenderer(document: document, language: L).render()
                                   : LawDocumentMarkdownRenderer(document: document).render()
        try DocumentOutput.write(Array(text.utf8), to: out, command: "document", readers: .everyone)
        try options.finishReporting(loaded)
    }
}
