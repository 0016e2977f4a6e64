import Testing
@testable import LagesbildCore

@Suite struct TextConcatTests {
    /// Byte for byte what joining gives, on parts that are empty, ASCII, Swedish, marks that
    /// attach to the part before, emoji and CRLF split across parts.
    @Test func concatenatingIsJoiningByteForByte() {
        let pieces = ["", " ", "  ", "2023-11-17", "22:05", "skadegörelse", "Åsa", "\u{301}", "e", "\r", "\n", "👩🏽‍🚒", "(polis + kommun)", "ö"]
        var rng = SeededRandom(seed: 88)
        for _ in 0..<500 {
            let parts = (0..<Int.random(in: 0...9, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }
            let joined = String.concatenating(parts)
            #expect(Array(joined.utf8) == Array(parts.joined().utf8))
            #expect(joined == parts.joined())
        }
        #expect(String.concatenating("  ", "2023-11-17", " ", "22:05") == "  2023-11-17 22:05")
    }
}
