import Foundation
import Testing
import LagesbildCore
@testable import LagesbildTUI

@Suite struct DetailWrappingTests {
    static let notes = "Stor grupp ungdomar samlades bakom Fenix kulturhus efter stängning. Klotter på västra fasaden "
        + "mot parkeringen, två nya taggar. Belysningen vid cykelstället är trasig sedan förra veckan; kommunen "
        + "kontaktad. Nattvandrarna stannade kvar till midnatt och pratade med ett tiotal ungdomar."

    @Test func aRoundsLongNotesAreReadableInFull() throws {
        let round = Round(date: Fixture.day("2023-11-19"), hotSpots: ["torget"], participants: [.polis: 1], notes: Self.notes)
        for (rows, cols) in [(24, 80), (40, 120)] {
            let store = MemoryDataStore(plan: Fixture.plan, events: (Fixture.records + [.round(round)]).map(Fixture.event))
            let app = Fixture.app(store)
            let screen = GridScreen(rows: rows, cols: cols)
            app.render(on: screen)
            app.mode = .detail(.round(round.id), scroll: 0)
            app.render(on: screen)
            let words = Set(screen.lines.joined(separator: " ").split(separator: " ").map(String.init))
            let missing = Self.notes.split(separator: " ").map(String.init).filter { !words.contains($0) }
            #expect(missing.isEmpty, "missing at \(cols) columns: \(missing)")
            #expect(screen.lines.allSatisfy { TextWidth.width($0) <= cols })
            // Continuation lines start under the value, not under the label.
            let first = try #require(screen.lines.firstIndex { $0.contains("Stor grupp") })
            let valueColumn = screen.lines[first].distance(from: screen.lines[first].startIndex,
                                                           to: screen.lines[first].range(of: "Stor grupp")!.lowerBound)
            let next = screen.lines[first + 1]
            #expect(next.prefix(valueColumn).allSatisfy { $0 == " " || $0 == "│" }, "\(next)")
        }
    }

    @Test func wrappingKeepsLayoutSpacesAndCutsOverlongWords() {
        #expect(DetailModel.wrap("  2023-11-11  runda  lugnt", first: 40, rest: 30) == ["  2023-11-11  runda  lugnt"])
        #expect(DetailModel.wrap("aaaa bbbb cccc", first: 9, rest: 5) == ["aaaa bbbb", "cccc"])
        #expect(DetailModel.wrap("abcdefghij", first: 4, rest: 4) == ["abcd", "efgh", "ij"])
        #expect(DetailModel.wrap("", first: 10, rest: 10) == [""])
    }

    /// The Latin path breaks exactly where the grapheme path does, over random Swedish text
    /// with long words, runs of spaces and every width of line; other text is not its own.
    @Test func latinWrappingBreaksAsGraphemeWrapping() {
        var rng = SeededRandom(seed: 59)
        let words = ["å", "ö", "Lövåsparken", "  ", " ", "klotter", "Ärendenummer-2023-11-19-kväll", "x", "ÅÄÖ", "©", "½", "ﬀ"]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...25, using: &rng)).map { _ in words.randomElement(using: &rng)! }.joined()
            let first = Int.random(in: 1...30, using: &rng), rest = Int.random(in: 1...30, using: &rng)
            let maxLines = Int.random(in: 1...6, using: &rng)
            let latin = DetailModel.wrapLatin(text, first: first, rest: rest, maxLines: maxLines)
            if text.contains("ﬀ") { #expect(latin == nil); continue }
            #expect(latin == DetailModel.wrapGraphemes(text, first: first, rest: rest, maxLines: maxLines),
                    "\(text) at \(first)/\(rest)/\(maxLines)")
        }
        #expect(DetailModel.wrapLatin("o\u{0308}", first: 5, rest: 5, maxLines: 3) == nil)
        #expect(DetailModel.wrapLatin("a\tb", first: 5, rest: 5, maxLines: 3) == nil)
    }

    @Test func aMegabyteOfTextIsCutShortQuickly() {
        let huge = String(repeating: "x", count: 1_000_000)
        let lines = DetailModel.wrap(huge, first: 76, rest: 60)
        #expect(lines.count == DetailModel.maximumLines)
        #expect(lines.last?.hasSuffix("…") == true)
        let words = String(repeating: "ord ", count: 250_000)
        #expect(DetailModel.wrap(words, first: 76, rest: 60).count == DetailModel.maximumLines)
        let list = DetailModel.wrap(words, first: 76, rest: 60, maxLines: 3)
        #expect(list.count == 3 && list.allSatisfy { TextWidth.width($0) <= 76 } && list[2].hasSuffix("…"))
    }

    @Test func shortLinesAndLinesWithoutIndentStayAsTheyAre() {
        let model = DetailModel(title: "t", lines: [
            DetailLine("kort", hangingIndent: 4),
            DetailLine(String(repeating: "x ", count: 60)),
        ])
        #expect(model.wrapped(width: 40) == model)
    }
}
