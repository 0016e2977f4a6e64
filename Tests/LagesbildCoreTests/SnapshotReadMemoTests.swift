import Foundation
import Testing
@testable import LagesbildCore

/// Rounds' and interventions' parts read through the memo are the values written, whether
/// they pack (few, small, tabled) or not (many, large counts, texts too long for the table),
/// and whether seen before or not.
@Suite struct SnapshotReadMemoTests {
    static let day = Day(iso: "2023-05-05")!

    @Test func everyPartReadsBackAsWritten() throws {
        var rng = SeededRandom(seed: 43)
        let long = String(repeating: "lång plats ", count: 40)  // past the string table's length
        let spots = ["vgd-torget", "hok-centrum", "sky-vallen", long]
        let names = ["varningar", "beslag", "rapporter", long]
        func some<T>(_ all: [T], upTo n: Int) -> [T] { Array(all.shuffled(using: &rng).prefix(Int.random(in: 0...n, using: &rng))) }
        var records: [Record] = []
        for _ in 0..<3_000 {
            var participants: [Organisation: Int] = [:]
            for o in some(Organisation.allCases, upTo: 5) {
                participants[o] = Bool.random(using: &rng) ? Int.random(in: 0...4, using: &rng) : Int.random(in: 0...100_000, using: &rng)
            }
            records.append(.round(Round(date: Self.day, hotSpots: some(spots, upTo: 4), participants: participants,
                                        observations: Set(some(Observation.allCases, upTo: 8)))))
            var results: [String: Int] = [:]
            for name in some(names, upTo: 4) { results[name] = Int.random(in: 0...2_000, using: &rng) }
            records.append(.intervention(Intervention(date: Self.day, kind: .trafik, place: "Torget", organisation: .polis, results: results)))
        }
        var bytes: [UInt8] = []
        var w = BinaryWriter { bytes += $0 }
        try SnapshotTables.write(&w)
        for record in records { try RecordBinaryCoding.write(record, &w) }
        try w.finish()
        let read = try bytes.withUnsafeBytes { raw in
            var r = BinaryReader(raw)
            let t = try SnapshotTables(&r)
            var memo = SnapshotReadMemo()
            return try records.map { _ in try RecordBinaryCoding.read(&r, t, &memo) }
        }
        let wrong = zip(read, records).filter { $0 != $1 }
        #expect(read.count == records.count && wrong.isEmpty, "\(wrong.count) records read otherwise, first \(String(describing: wrong.first))")
    }
}
