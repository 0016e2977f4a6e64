import Foundation
import Testing
@testable import LagesbildCore

/// Strings written to a snapshot read back byte for byte, and the bytes written do not
/// depend on whether an equal text comes as the same string again or as a copy made apart
/// (the writer finds strings it met lately by where they lie).
@Suite struct BinaryStringTests {
    static func write(_ texts: [String]) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var w = BinaryWriter(flushAt: 64) { bytes += $0 }
        for t in texts { try w.string(t) }
        try w.finish()
        return bytes
    }

    @Test func stringsReadBackAndCopiesWriteTheSameBytes() throws {
        var rng = SeededRandom(seed: 17)
        let base = ["", "a", "vgd-resecentrum", "sky-mossleskolan", "Sönderslagen papperskorg", "e\u{301}tt", "étt",
                    String(repeating: "å", count: 200), String(repeating: "x", count: 300), "15 bytes exactly",
                    "fifteen bytes!!", "0123456789abcde"]
            // Many texts of one length, short and long, so that texts share the writer's slots.
            + (0..<3_000).map { String(format: "%06d", $0) } + (0..<3_000).map { String(format: "plats nummer %010d", $0) }
        var same: [String] = [], copies: [String] = []
        for _ in 0..<30_000 {
            var text = rng.pick(base)
            if rng.chance(0.1) { text.append("!") }
            same.append(text)
            copies.append(String(decoding: Array(text.utf8), as: UTF8.self))
        }
        let a = try Self.write(same), b = try Self.write(copies)
        #expect(a == b)
        let read = try a.withUnsafeBytes { raw -> [String] in
            var r = BinaryReader(raw)
            return try same.indices.map { _ in try r.string() }
        }
        #expect(read.map { Array($0.utf8) } == same.map { Array($0.utf8) })
    }
}
