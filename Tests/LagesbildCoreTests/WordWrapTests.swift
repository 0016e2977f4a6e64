import Foundation
import Testing
@testable import LagesbildCore

/// The report's word wrap, against the plain rule it implements (every count taken again
/// for every word), on random Swedish text (short ones fit without being split, a mark
/// after a space or a prefix before one joins it); and a word cut over lines loses nothing.
@Suite struct WordWrapTests {
    /// The rule as first written, counting the line again for every word.
    static func reference(_ text: String, width: Int, indent: String) -> [String] {
        var out: [String] = []
        var line = ""
        func room() -> Int { max(10, width - indent.count) }
        for word in text.split(separator: " ") {
            var word = Substring(word)
            if !line.isEmpty && line.count + 1 + word.count <= room() { line += " " + word; continue }
            if !line.isEmpty { out.append(indent + line); line = "" }
            while word.count > room() {
                out.append(indent + word.prefix(room()))
                word = word.dropFirst(room())
            }
            line = String(word)
        }
        if !line.isEmpty { out.append(indent + line) }
        return out
    }

    @Test func linesAreThoseOfThePlainRule() {
        var rng = SeededRandom(seed: 53)
        let words = ["Lövåsparken", "klotter", "på", "fasaden", "o\u{308}ppet", "👩‍👩‍👧", "  ", "\u{301}x", "x\u{600}", "→", "·", "ab\r\ncde", "Trygghetsvandring-kvällstid-med-nattvandrare"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...30, using: &rng)).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
            let width = Int.random(in: 5...60, using: &rng), indent = String(repeating: " ", count: Int.random(in: 0...6, using: &rng))
            #expect(WordWrap.lines(text, width: width, indent: indent) == Self.reference(text, width: width, indent: indent))
        }
    }

    /// Trailing spaces go as characters do, whatever comes before them.
    @Test func trailingSpacesGoAsCharactersDo() {
        var rng = SeededRandom(seed: 59)
        let parts = ["a", " ", "  ", "ö", "o\u{308}", "\u{600}", "α", "→", "\u{301}", "👩‍👩‍👧"]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...8, using: &rng)).map { _ in parts.randomElement(using: &rng)! }.joined()
            #expect(text.trimmingTrailingSpaces == String(text.reversed().drop { $0 == " " }.reversed()))
        }
    }

    @Test func aWordCutUnderAnotherPrefixLosesNothing() {
        let word = String(repeating: "åäö", count: 20)
        let lines = WordWrap.lines(word, width: 20, indent: "  ", continuation: "      ")
        #expect(lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined() == word)
        #expect(lines.allSatisfy { $0.count <= 20 })
    }
}
