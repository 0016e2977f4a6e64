import Foundation
import Testing
@testable import LagesbildCore

/// The journal's id reader agrees with Foundation's on every well-formed id and never reads
/// one Foundation would not. It is stricter: Foundation's `sscanf` also takes a sign or a
/// space inside a group (`+1e6a6bac-…`), which no id Lägesbild writes has.
@Suite struct UUIDTextTests {
    @Test func agreesWithFoundation() {
        var rng = SeededRandom(seed: 7)
        var inputs: [String] = ["", "not an id", "123e4567-e89b-12d3-a456-426614174000", "123E4567-E89B-12D3-A456-426614174000",
                                "123e4567e89b12d3a456426614174000", "123e4567-e89b-12d3-a456-42661417400", "123e4567-e89b-12d3-a456-4266141740000",
                                "123e4567-e89b-12d3-a456_426614174000", "g23e4567-e89b-12d3-a456-426614174000", "{123e4567-e89b-12d3-a456-426614174000}"]
        for _ in 0..<2_000 {
            var s = Array(rng.uuid().uuidString.utf8)
            // Mutate one byte in about half of them.
            if rng.chance(0.5) { s[rng.int(0...35)] = UInt8(rng.int(32...126)) }
            inputs.append(String(decoding: s, as: UTF8.self))
        }
        var wellFormed = 0
        for s in inputs {
            let mine = UUID(journalText: s)
            if let mine { #expect(mine == UUID(uuidString: s), "\(s)") }
            if s.range(of: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", options: .regularExpression) != nil {
                wellFormed += 1
                #expect(mine != nil && mine == UUID(uuidString: s), "\(s)")
            } else {
                #expect(mine == nil, "\(s)")
            }
        }
        #expect(wellFormed > 1_000)
    }

    /// Ids are ordered by their halves wherever they are sorted: the order of their text.
    @Test func halvesOrderIdsAsTheirText() {
        let ids = (0..<3_000).map { _ in UUID() }
        #expect(ids.sorted { $0.halves < $1.halves } == ids.sorted { $0.uuidString < $1.uuidString })
    }
}
