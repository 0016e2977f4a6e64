import Foundation
import Testing
@testable import LagesbildCore

/// The text pool gives back, for any text, one string with exactly its bytes: the same one
/// for texts with equal bytes however they arrive (one string met again, equal strings made
/// apart, a string changed after it was pooled), and never one with other bytes.
@Suite struct TextPoolTests {
    static func address(_ s: String) -> UInt? {
        s.utf8.withContiguousStorageIfAvailable { UInt(bitPattern: $0.baseAddress) }
    }

    @Test func equalBytesShareOneStringAndOtherBytesNever() {
        var rng = SeededRandom(seed: 9)
        var pool = TextPool()
        // Texts that repeat, some sharing their ends and lengths, as a decoding thread hands
        // them out: one string for a stretch of lines, a new one for the next stretch.
        let words = (0..<30).map { "Sönderslagen papperskorg vid nr \($0)" } + ["e\u{301}" + String(repeating: "x", count: 20), "é" + String(repeating: "x", count: 20)]
        var handedOut: [String] = []
        var firstShared: [[UInt8]: UInt] = [:]
        for step in 0..<20_000 {
            if step % 500 == 0 { handedOut = words.map { String(decoding: Array($0.utf8), as: UTF8.self) } }
            var text = handedOut.randomElement(using: &rng)!
            if Int.random(in: 0..<10, using: &rng) == 0 {
                // A string changed after it was pooled is a new text.
                text.append(Character(UnicodeScalar(UInt8.random(in: 97...122, using: &rng))))
            }
            let shared = pool.shared(text)
            let bytes = Array(text.utf8)
            #expect(Array(shared.utf8) == bytes)
            let at = Self.address(shared)
            if let known = firstShared[bytes] { #expect(known == at) } else { firstShared[bytes] = at }
        }
        // The two spellings of "é" stay two texts.
        #expect(Array(pool.shared(words[30]).utf8) == Array(words[30].utf8))
        #expect(Array(pool.shared(words[31]).utf8) == Array(words[31].utf8))
    }

    @Test func aStringChangedInPlaceIsNotTakenForItsOldText() {
        var pool = TextPool()
        var s = String(repeating: "a", count: 40)
        s.reserveCapacity(200)
        let first = pool.shared(s)
        s.removeLast()
        s.append("b")
        #expect(Array(pool.shared(s).utf8) == Array(s.utf8))
        #expect(first == String(repeating: "a", count: 40))
    }
}
