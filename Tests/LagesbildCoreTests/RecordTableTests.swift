import Foundation
import Testing
@testable import LagesbildCore

/// Records live in one array per kind and are found through their state's slot; a void
/// moves the last record into the gap. Checked against a plain dictionary kept by the
/// simplest rule (record or amend sets, void removes), over thousands of random events.
@Suite struct RecordTableTests {
    static let day = Day(iso: "2023-05-05")!

    static func event(_ record: Record, _ action: EventAction, at ts: Double) -> JournalEvent {
        JournalEvent(timestamp: Date(timeIntervalSince1970: ts), author: "t@h", action: action, record: record)
    }

    /// In-order events over a pool of ids: each one records, amends or voids an id.
    static func randomEvents(count: Int, ids: Int, seed: UInt64) -> (events: [JournalEvent], model: [UUID: Incident]) {
        var rng = SeededRandom(seed: seed)
        let pool = (0..<ids).map { _ in UUID() }
        var model: [UUID: Incident] = [:]
        var events: [JournalEvent] = []
        for n in 0..<count {
            let id = pool[Int(rng.next() % UInt64(ids))]
            let at = 1_000 + Double(n)
            if model[id] != nil, rng.next() % 3 == 0 {
                events.append(.void(.incident, id, reason: "fel", author: "t@h", at: Date(timeIntervalSince1970: at)))
                model[id] = nil
            } else {
                let incident = Incident(id: id, date: day.adding(days: Int(rng.next() % 300)), hotSpot: spots[Int(rng.next() % 3)], place: "plats \(n)",
                                        category: .skadegorelse, source: .polis, text: "händelse \(n)")
                events.append(event(.incident(incident), model[id] == nil ? .recorded : .amended, at: at))
                model[id] = incident
            }
        }
        return (events, model)
    }

    static let spots: [String?] = [nil, "a", "b"]

    /// What the index finds through the positions it keeps is the model's records: by day
    /// and at each place, in day order, over the whole span and a window inside it.
    static func expectIndexed(_ ledger: Ledger, _ model: [UUID: Incident]) {
        for (from, to) in [(day, day.adding(days: 400)), (day.adding(days: 50), day.adding(days: 80))] {
            func expected(_ spot: String?) -> Set<UUID> {
                Set(model.values.filter { $0.date >= from && $0.date <= to && (spot == nil || $0.hotSpot == spot) }.map(\.id))
            }
            let byDay = ledger.incidentsDated(from: from, to: to)
            #expect(byDay.count == expected(nil).count && Set(byDay.map(\.id)) == expected(nil))
            #expect(byDay.allSatisfy { model[$0.id] == $0 })
            #expect(byDay.map(\.date) == byDay.map(\.date).sorted())
            for spot in ["a", "b"] {
                let here = ledger.incidents(at: spot, from: from, to: to)
                #expect(here.count == expected(spot).count && Set(here.map(\.id)) == expected(spot))
                #expect(here.allSatisfy { model[$0.id] == $0 })
            }
        }
    }

    static func expectMatches(_ ledger: Ledger, _ model: [UUID: Incident], ids: [UUID]) {
        let table = ledger.incidents
        #expect(table.count == model.count)
        #expect(Set(table.keys).count == table.count)
        for id in ids { #expect(table[id] == model[id]) }
        for incident in table.values { #expect(model[incident.id] == incident) }
    }

    @Test(arguments: [1, 7, 10_000])
    func voidsAndAmendsInAnyBatchKeepEveryRecordFindable(batch: Int) {
        let (events, model) = Self.randomEvents(count: 6_000, ids: 400, seed: UInt64(batch))
        let ledger = LedgerOrderTests.applied(events, inBatchesOf: batch)
        Self.expectMatches(ledger, model, ids: Array(Set(events.map(\.recordID))))
        // The index agrees with the records left, built at once or kept event by event
        // (where every void moves a record it points to).
        Self.expectIndexed(ledger, model)
    }

    @Test func aSnapshotKeepsEverySlot() throws {
        let (events, model) = Self.randomEvents(count: 3_000, ids: 250, seed: 99)
        let ledger = Ledger(events: events)
        var read = try LedgerSnapshotTests.decode(try LedgerSnapshotTests.encode(ledger))
        Self.expectMatches(read, model, ids: Array(Set(events.map(\.recordID))))
        // Voiding after the read moves records in the read arrays as in the replayed ones.
        let victims = Array(model.keys.prefix(40))
        var rest = model
        for (n, id) in victims.enumerated() {
            read.apply([.void(.incident, id, reason: "fel", author: "t@h", at: Date(timeIntervalSince1970: 90_000 + Double(n)))])
            rest[id] = nil
        }
        Self.expectMatches(read, rest, ids: Array(model.keys))
        Self.expectIndexed(read, rest)
    }

    /// Ids used as rounds and as incidents, recorded, amended and voided as either, reach
    /// the same state whatever order and batches the events arrive in.
    @Test(arguments: [1, 7, 10_000])
    func idsReusedAcrossKindsReachTheSameStateInAnyOrder(batch: Int) {
        var rng = SeededRandom(seed: 7 + UInt64(batch))
        let pool = (0..<60).map { _ in UUID() }
        var events: [JournalEvent] = []
        for n in 0..<3_000 {
            let id = pool[Int(rng.next() % 60)]
            let at = 1_000 + Double(n)
            let round = rng.next() % 2 == 0
            switch rng.next() % 3 {
            case 0:
                events.append(.void(round ? .round : .incident, id, reason: "fel", author: "t@h", at: Date(timeIntervalSince1970: at)))
            default:
                let action: EventAction = rng.next() % 2 == 0 ? .recorded : .amended
                let record: Record = round
                    ? .round(Round(id: id, date: Self.day, hotSpots: ["vgd-torget"], participants: [.polis: Int(rng.next() % 5)]))
                    : .incident(Incident(id: id, date: Self.day, hotSpot: "vgd-torget", category: .klotter, source: .polis, text: "\(n)"))
                events.append(Self.event(record, action, at: at))
            }
        }
        let inOrder = Ledger(events: events)
        let shuffled = LedgerOrderTests.applied(events.shuffled(using: &rng), inBatchesOf: batch)
        LedgerOrderTests.expectSame(shuffled, inOrder)
    }

    @Test func anIdHoldsOneRecordWhateverTheKind() {
        let id = UUID()
        let round = Round(id: id, date: Self.day, hotSpots: ["a"], participants: [.polis: 1])
        let incident = Incident(id: id, date: Self.day, category: .skadegorelse, source: .polis)
        var ledger = Ledger(events: [Self.event(.round(round), .recorded, at: 1)])
        // Voiding the id as an incident voids nothing and is said to be unknown.
        ledger.apply([.void(.incident, id, reason: "fel", author: "t@h", at: Date(timeIntervalSince1970: 2))])
        #expect(ledger.rounds[id] == round && ledger.incidents[id] == nil)
        #expect(ledger.warnings.contains(.unknownRecord(.incident, id)))
        // Recording it as an incident replaces the round and is said to be a duplicate.
        ledger.apply([Self.event(.incident(incident), .recorded, at: 3)])
        #expect(ledger.rounds[id] == nil && ledger.rounds.isEmpty && ledger.incidents[id] == incident)
        #expect(ledger.warnings.contains(.duplicateRecord(.incident, id)))
    }
}


/// The numbers rounds' organisation counts and observation sets are pooled by name one value
/// each: equal numbers for equal values only, over random values of both.
@Suite struct PoolKeyTests {
    @Test func equalKeysAreEqualValues() {
        var rng = SeededRandom(seed: 41)
        var seen: [UInt64: [Organisation: Int]] = [:]
        var packed = 0
        for _ in 0..<20_000 {
            var p: [Organisation: Int] = [:]
            for o in Organisation.allCases.shuffled(using: &rng).prefix(Int.random(in: 0...4, using: &rng)) {
                p[o] = Int.random(in: 0...(Bool.random(using: &rng) ? 3 : 40_000), using: &rng)
            }
            guard let key = PoolKeys.participants(p) else {
                #expect(p.count > 3 || p.values.contains { $0 >= 1 << 15 })
                continue
            }
            packed += 1
            if let earlier = seen[key] { #expect(earlier == p, "\(earlier) and \(p) share \(key)") }
            seen[key] = p
        }
        #expect(packed > 10_000)
        var masks: [UInt64: Set<Observation>] = [:]
        for _ in 0..<5_000 {
            let o = Set(Observation.allCases.filter { _ in Bool.random(using: &rng) })
            let key = PoolKeys.observations(o)!
            if let earlier = masks[key] { #expect(earlier == o) }
            masks[key] = o
        }
        #expect(masks.count == 256)
    }
}
