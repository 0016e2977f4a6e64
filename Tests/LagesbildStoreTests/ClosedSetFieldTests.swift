import Foundation
import Testing
import LagesbildCore
@testable import LagesbildStore

/// Counts keyed by organisation and lists of observations, read by their bytes, give what
/// reading them as texts and looking each text up gives: the same values, the same problems
/// (unknown keys of a count object in any order, as a dictionary of texts hands them out).
/// And a text handed out again by the parser's cache is the text made from its bytes.
@Suite struct ClosedSetFieldTests {
    static let keys = Organisation.allCases.map(\.rawValue) + ["polisen", "", "Polis", "kommun ", "övriga"]
    static let items = Observation.allCases.map(\.rawValue) + ["klotter!", "trasig belysning", "Klotter", "å"]

    /// What the text readers give, the way records were read before the bytes were matched.
    static func byText(_ r: inout FieldReader) -> ([Organisation: Int], Set<Observation>) {
        var observations = Set<Observation>()
        for text in r.strings("observations") {
            guard let o = Observation(rawValue: text) else { r.fail(.unknownValue("observations", text)); continue }
            observations.insert(o)
        }
        var participants: [Organisation: Int] = [:]
        for (text, count) in r.counts("participants") {
            guard let o = Organisation(rawValue: text) else { r.fail(.unknownValue("participants", text)); continue }
            participants[o] = count
        }
        return (participants, observations)
    }

    static func randomLine(_ rng: inout SeededRandom) -> String {
        let members = (0..<Int.random(in: 0...5, using: &rng)).map { _ -> String in
            let value = ["1", "7", "0", "2.5", "\"3\"", "null"].randomElement(using: &rng)!
            return "\"\(keys.randomElement(using: &rng)!)\":\(value)"
        }
        let list = (0..<Int.random(in: 0...5, using: &rng)).map { _ -> String in
            Int.random(in: 0..<6, using: &rng) == 0 ? "4" : "\"\(items.randomElement(using: &rng)!)\""
        }
        return "{\"observations\":[\(list.joined(separator: ","))],\"participants\":{\(members.joined(separator: ","))}}"
    }

    @Test func bytesGiveWhatTextsGive() throws {
        var rng = SeededRandom(seed: 11)
        let parser = SimdJSONParser()
        for _ in 0..<3_000 {
            let line = Self.randomLine(&rng)
            let same = try parser.parse(Array(line.utf8)) { document -> Bool in
                var a = FieldReader(document.root), b = FieldReader(document.root)
                let observations = a.values("observations", of: Observation.self)
                let participants = a.counts("participants", by: Organisation.self)
                let (p, o) = Self.byText(&b)
                let split = { (list: [FieldProblem]) in
                    (list.filter { if case .unknownValue("participants", _) = $0 { false } else { true } },
                     list.filter { if case .unknownValue("participants", _) = $0 { true } else { false } }.map { "\($0)" }.sorted())
                }
                let (x, y) = (split(a.problems), split(b.problems))
                #expect(participants == p && observations == o && x.0 == y.0 && x.1 == y.1, "\(line)")
                return participants == p
            }.get()
            #expect(same)
        }
    }

    @Test func aCachedTextIsTheTextOfItsBytes() {
        var rng = SeededRandom(seed: 5)
        let cache = JSONTextCache.make()
        defer { cache.free() }
        // A few texts met again and again, with ones that share their ends and lengths, and
        // bytes that are not UTF-8 (made into a repaired text, never handed out for others).
        let common = (0..<40).map { i in Array("Sönderslagen papperskorg nr \(i)".utf8) }
        for _ in 0..<20_000 {
            var bytes: [UInt8]
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: bytes = common.randomElement(using: &rng)!
            case 1: bytes = common.randomElement(using: &rng)!; bytes[bytes.count / 2] = UInt8.random(in: 0...255, using: &rng)
            case 2: bytes = (0..<Int.random(in: 0...80, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            default: bytes = Array(repeating: UInt8(ascii: "a"), count: Int.random(in: 14...40, using: &rng))
            }
            bytes.withUnsafeBufferPointer { b in
                let made = cache.string(b)
                let expected = String(decoding: b, as: UTF8.self)
                #expect(Array(made.utf8) == Array(expected.utf8))
            }
        }
    }
}
