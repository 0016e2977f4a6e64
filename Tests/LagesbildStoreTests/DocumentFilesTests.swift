import Foundation
import Testing
import LagesbildCore
@testable import LagesbildStore

@Suite struct DocumentFilesTests {
    @Test func surveyRowsInEitherDialect() {
        let semicolon = "år;område;indikator;värde;svar;källa\n2023;Vaggeryd;Index;2,45;312;Polisen\n2022;Hok;Index;3;;\n"
        let read = DocumentFiles.parseSurveys(Array(semicolon.utf8), file: "surveys/a.csv")
        #expect(read.problems.isEmpty)
        #expect(read.values == [SurveyValue(year: 2023, area: "Vaggeryd", indicator: "Index", value: 2.45, answers: 312, source: "Polisen"),
                                SurveyValue(year: 2022, area: "Hok", indicator: "Index", value: 3, answers: nil, source: "")])
        let comma = "year,area,indicator,value\n2023,Hok,\"Otrygg, kväll\",\"1,5\"\n"
        #expect(DocumentFiles.parseSurveys(Array(comma.utf8), file: "b.csv").values.first?.value == 1.5)
        #expect(DocumentFiles.parseSurveys(Array(comma.utf8), file: "b.csv").values.first?.indicator == "Otrygg, kväll")
    }

    @Test func badRowsByTheirLine() {
        // The quoted indicator spans lines 2–3, so the bad year is on line 4.
        let text = "år;område;indikator;värde\n2023;Hok;\"Två\nrader\";2\n20x3;Hok;Index;2\n2023;Hok;Index;\n"
        let read = DocumentFiles.parseSurveys(Array(text.utf8), file: "s.csv")
        #expect(read.values.count == 1)
        #expect(read.problems == [Diagnostic(.error, file: "s.csv", line: 4, .survey(.notYear("20x3"))),
                                  Diagnostic(.error, file: "s.csv", line: 5, .survey(.empty("värde")))])
        let missing = DocumentFiles.parseSurveys(Array("år;område;värde\n".utf8), file: "m.csv")
        #expect(missing.problems == [Diagnostic(.error, file: "m.csv", line: 1, .survey(.missingColumn("indikator")))])
    }

    @Test func textsSplitAtHeadingsAndBecomeHTML() {
        let texts = DocumentFiles.parseTexts("Förord utan rubrik.\n\n## Orsaker\n\nUnga **samlas**.\n\n## Prioriteringar\n\n- Belysning\n")
        #expect(texts.map(\.heading) == ["Inledning", "Orsaker", "Prioriteringar"])
        #expect(texts[1].markdown == "Unga **samlas**.")
        #expect(texts[1].html.contains("<strong>samlas</strong>"))
        #expect(texts[2].html.contains("<li>Belysning</li>"))
    }
}
