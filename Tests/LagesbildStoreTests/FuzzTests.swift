import Foundation
import Testing
import LagesbildCore
@testable import LagesbildStore

/// Hostile input for the two readers of user files: journal lines and the plan. Random and
/// mutated inputs must never crash a reader, and every problem must name its file and line.
/// The normal run tries 100,000 journal lines and 2,000 plans; `LAGESBILD_FUZZ_SCALE=20`
/// (or any factor) runs that many times more.
@Suite struct FuzzTests {
    static let scale = Int(ProcessInfo.processInfo.environment["LAGESBILD_FUZZ_SCALE"] ?? "") ?? 1

    /// Valid lines to mutate: a slice of a generated year, every record kind and action.
    static let seedLines: [[UInt8]] = {
        var generator = SampleGenerator(options: .init(seed: 99))
        let events = generator.generate().events
        return stride(from: 0, to: events.count, by: max(1, events.count / 60)).map {
            Array(try! JournalLine.encode(events[$0]).dropLast())
        }
    }()

    static let nasty: [[UInt8]] = [
        [0], [0xFF], [0xC3], [0xE2, 0x80, 0xAE], [0x1B, 0x5B, 0x33, 0x31, 0x6D], [0x7F], [0x22], [0x5C],
        Array("{".utf8), Array("}".utf8), Array("[".utf8), Array("null".utf8), Array("1e999".utf8),
        Array("\"\\u0000\"".utf8), Array("😀".utf8), Array("o\u{308}".utf8), Array("-0".utf8), Array(":".utf8),
    ]

    static func mutate(_ line: [UInt8], _ rng: inout SeededRandom) -> [UInt8] {
        var bytes = line
        for _ in 0..<rng.int(1...4) {
            switch rng.int(0...6) {
            case 0 where !bytes.isEmpty:      // flip a byte
                bytes[rng.int(0...(bytes.count - 1))] = UInt8(truncatingIfNeeded: rng.next())
            case 1 where !bytes.isEmpty:      // cut a slice out
                let a = rng.int(0...(bytes.count - 1))
                bytes.removeSubrange(a..<min(bytes.count, a + rng.int(1...20)))
            case 2:                           // insert something nasty
                bytes.insert(contentsOf: rng.pick(nasty), at: rng.int(0...bytes.count))
            case 3 where !bytes.isEmpty:      // truncate
                bytes = Array(bytes.prefix(rng.int(0...(bytes.count - 1))))
            case 4:                           // splice another line in
                let other = rng.pick(seedLines)
                bytes.insert(contentsOf: other.prefix(rng.int(0...other.count)), at: rng.int(0...bytes.count))
            case 5:                           // pure noise
                bytes = (0..<rng.int(0...80)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            default:                          // a huge text field
                if let quote = bytes.firstIndex(of: UInt8(ascii: "\"")) {
                    bytes.insert(contentsOf: Array(String(repeating: "å", count: rng.int(1...5000)).utf8), at: quote + 1)
                }
            }
        }
        // A newline would make two lines; the line structure is what is under test.
        return bytes.map { $0 == 10 ? 32 : $0 }
    }

    @Test func journalReaderSurvivesMutatedLines() throws {
        var rng = SeededRandom(seed: 2026)
        let total = 100_000 * Self.scale
        let batch = 10_000
        var tried = 0, events = 0, errors = 0
        while tried < total {
            let folder = TempFolder()
            var text: [UInt8] = []
            let count = min(batch, total - tried)
            var blank = 0
            for _ in 0..<count {
                let seed = rng.pick(Self.seedLines)
                let line = rng.chance(0.1) ? seed : Self.mutate(seed, &rng)
                // Blank lines carry nothing and are skipped without a word.
                if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { blank += 1 }
                text += line + [10]
            }
            try FileManager.default.createDirectory(atPath: folder.file("journal"), withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: folder.file("journal/fuzz.jsonl"), contents: Data(text))
            let result = JournalReader(folder: folder.path).read()
            for d in result.diagnostics {
                #expect(d.file == "journal/fuzz.jsonl")
                #expect(d.line.map { (1...count).contains($0) } == true, "diagnostic without a line: \(d)")
            }
            // Errors, and remnants of a torn write (warnings): each names its line.
            let lineErrors = Set(result.diagnostics.filter { $0.severity == .error || $0.problem == .tornLine }.compactMap(\.line))
            // Every line is either an event or an error at that line, never lost silently.
            #expect(result.events.count + lineErrors.count + blank == count)
            for located in result.events { _ = try JournalLine.encode(located.event) }
            events += result.events.count
            errors += lineErrors.count
            tried += count
        }
        #expect(events > 0 && errors > 0)
        print("fuzz: \(tried) journal lines, \(events) decoded, \(errors) reported with file:line")
    }

    @Test func planReaderSurvivesMutatedPlans() throws {
        var rng = SeededRandom(seed: 7)
        let original = Array(try PlanFile.yaml(for: VaggerydPlan.make()).utf8)
        let lines = original.split(separator: 10, omittingEmptySubsequences: false).map(Array.init)
        let total = 2_000 * Self.scale
        var rejected = 0
        for _ in 0..<total {
            var mutated = lines
            for _ in 0..<rng.int(1...3) {
                let i = rng.int(0...(mutated.count - 1))
                switch rng.int(0...3) {
                case 0: mutated.remove(at: i)
                case 1: mutated.swapAt(i, rng.int(0...(mutated.count - 1)))
                case 2: mutated[i] = Self.mutate(mutated[i], &rng)
                default: mutated.insert(rng.pick(Self.nasty), at: i)
                }
            }
            let text = String(decoding: Array(mutated.joined(separator: [10])), as: UTF8.self)
            let result = PlanYAMLReader.read(text, file: "plan.yaml")
            for d in result.diagnostics {
                #expect(d.file == "plan.yaml")
                #expect(d.line != nil, "plan diagnostic without a line: \(d)")
            }
            if result.plan == nil || result.diagnostics.contains(where: { $0.severity == .error }) { rejected += 1 }
        }
        #expect(rejected > 0)
        print("fuzz: \(total) plans, \(rejected) rejected with file:line")
    }
}
