import Foundation
import Testing
@testable import LagesbildCore

/// The ledger's table of record states finds, adds and changes states as a dictionary does,
/// through every growth of its buckets, and hands them out in the order they were added.
@Suite struct RecordStatesTests {
    static func state(_ n: Int) -> RecordState {
        var s = RecordState(latest: Int32(n % 1_000))
        s.slot = Int32(n % 97) - 1
        s.kind = RecordKind.allCases[n % RecordKind.allCases.count]
        return s
    }

    static func same(_ a: RecordState?, _ b: RecordState?) -> Bool {
        a?.latest == b?.latest && a?.head == b?.head && a?.content == b?.content && a?.slot == b?.slot && a?.kind == b?.kind
    }

    /// Random ids, and ids that differ in one byte only (ones a weak hash would pile up).
    static func ids(_ rng: inout SeededRandom, _ n: Int) -> [UUID] {
        (0..<n).map { i in
            if i % 3 == 0 { return UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, UInt8(i / 256 % 256), UInt8(i % 256))) }
            if i % 3 == 1 { return UUID(uuid: (UInt8(i % 256), UInt8(i / 256 % 256), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)) }
            var bytes = [UInt8](repeating: 0, count: 16)
            for k in 0..<16 { bytes[k] = UInt8.random(in: 0...255, using: &rng) }
            return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                               bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
        }
    }

    @Test func findsAddsAndChangesAsADictionaryDoes() {
        var rng = SeededRandom(seed: 23)
        let pool = Self.ids(&rng, 6_000)
        var table = RecordStates()
        var reference: [UUID: RecordState] = [:]
        var order: [UUID] = []
        for step in 0..<40_000 {
            let id = pool[Int.random(in: 0..<(step < 20_000 ? 3_000 : pool.count), using: &rng)]
            let (position, miss) = table.lookUp(id)
            #expect((position != nil) == (reference[id] != nil))
            switch Int.random(in: 0..<3, using: &rng) {
            case 0:
                // The absorbing path: change in place, or add where the search ended.
                if let position {
                    table[at: position].head = Int32(step)
                    reference[id]!.head = Int32(step)
                } else {
                    table.add(id, Self.state(step), at: miss)
                    reference[id] = Self.state(step)
                    order.append(id)
                }
            case 1:
                if reference[id] == nil { order.append(id) }
                table.put(id, Self.state(step))
                reference[id] = Self.state(step)
            default:
                #expect(Self.same(table[id], reference[id]))
            }
        }
        #expect(table.count == reference.count)
        #expect(table.map(\.0) == order)
        #expect(table.allSatisfy { Self.same($0.1, reference[$0.0]) })
        for id in pool { #expect(Self.same(table[id], reference[id])) }
    }

    @Test func aMissGoneStaleIsSearchedAgain() {
        var rng = SeededRandom(seed: 3)
        let ids = Self.ids(&rng, 200)
        var table = RecordStates()
        // Misses taken before other ids are added (the buckets grow meanwhile) still add
        // each id once, where it can be found.
        let misses = ids.map { table.lookUp($0).miss }
        for (i, id) in ids.enumerated() { table.add(id, Self.state(i), at: misses[i]) }
        table.add(ids[0], Self.state(999), at: misses[0])
        #expect(table.count == ids.count)
        for (i, id) in ids.enumerated() { #expect(Self.same(table[id], Self.state(i == 0 ? 999 : i))) }
        // A miss taken before the buckets were made anew for more room is searched again.
        let late = Self.ids(&rng, 3)[2]  // a random id, none of the ones above
        let miss = table.lookUp(late).miss
        table.reserveCapacity(10_000)
        table.add(late, Self.state(7), at: miss)
        #expect(Self.same(table[late], Self.state(7)))
        #expect(table.count == ids.count + 1)
        for (i, id) in ids.enumerated() { #expect(Self.same(table[id], Self.state(i == 0 ? 999 : i))) }
    }
}
