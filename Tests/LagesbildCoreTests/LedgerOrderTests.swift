import Foundation
import Testing
@testable import LagesbildCore

/// A record's state depends only on its own events in (timestamp, id) order, whatever order
/// and batches they arrive in; late events replay only their own record.
@Suite struct LedgerOrderTests {
    static let day = Day(iso: "2023-05-05")!

    static func event(_ record: Record, _ action: EventAction = .recorded, at ts: Double) -> JournalEvent {
        JournalEvent(timestamp: Date(timeIntervalSince1970: ts), author: "t@h", action: action, record: record)
    }

    /// `events` applied in batches of `size`, in their order.
    static func applied(_ events: [JournalEvent], inBatchesOf size: Int) -> Ledger {
        var ledger = Ledger()
        for start in stride(from: 0, to: events.count, by: size) {
            ledger.apply(Array(events[start..<min(events.count, start + size)]))
        }
        return ledger
    }

    static func expectSame(_ a: Ledger, _ b: Ledger) {
        #expect(a.rounds == b.rounds)
        #expect(a.interventions == b.interventions)
        #expect(a.incidents == b.incidents)
        #expect(a.measures == b.measures)
        #expect(a.meetings == b.meetings)
        #expect(a.addedHotSpots == b.addedHotSpots)
        #expect(a.warnings == b.warnings)
        #expect(a.history() == b.history())
        #expect(a.eventCount == b.eventCount && a.lastEventID == b.lastEventID)
        LedgerIndexTests.expectSameCounts(a.index, RecordIndex(ledger: b), plan: VaggerydPlan.make(), year: 2023)
    }

    @Test func shuffledBatchesReachTheSameState() {
        var generator = SampleGenerator(options: .init(seed: 5, years: 1, scale: 1, startYear: 2023))
        var events = generator.generate().events
        // Add out-of-order trouble: a late amendment, a late void, a duplicate recording.
        if let round = events.first(where: { $0.kind == .round && $0.action == .recorded }), case .round(var r)? = round.record {
            r.citizenContacts += 5
            events.append(Self.event(.round(r), .amended, at: round.timestamp.timeIntervalSince1970 - 10))
            events.append(.void(.round, r.id, reason: "fel", author: "x@y", at: round.timestamp.addingTimeInterval(-5)))
            events.append(Self.event(.round(r), .recorded, at: round.timestamp.timeIntervalSince1970 + 3))
        }
        let inOrder = Ledger(events: events)
        var rng = SystemRandomNumberGenerator()
        for batchSize in [1, 13, 5_000] {
            let shuffled = Self.applied(events.shuffled(using: &rng), inBatchesOf: batchSize)
            Self.expectSame(shuffled, inOrder)
        }
    }

    @Test func anEventRepeatedInOneBatchOrLaterCountsOnce() {
        let r = Round(date: Self.day, hotSpots: ["a"], participants: [.polis: 1])
        var fixed = r
        fixed.notes = "rättad"
        let events = [Self.event(.round(r), at: 100), Self.event(.round(fixed), .amended, at: 200)]
        var ledger = Ledger(events: events + events.reversed())
        #expect(ledger.eventCount == 2 && ledger.warnings.isEmpty)
        let revision = ledger.revision
        ledger.apply(events)
        #expect(ledger.revision == revision && ledger.history(of: r.id).count == 2)
    }

    @Test func aLateRecordingClearsTheWarningAndKeepsTheAmendment() {
        let r = Round(date: Self.day, hotSpots: ["a"], participants: [.polis: 1])
        var fixed = r
        fixed.notes = "rättad"
        var ledger = Ledger(events: [Self.event(.round(fixed), .amended, at: 200)])
        #expect(ledger.warnings == [.unknownRecord(.round, r.id)])
        ledger.apply([Self.event(.round(r), at: 100)])
        #expect(ledger.warnings.isEmpty)
        #expect(ledger.rounds[r.id]?.notes == "rättad")
        #expect(ledger.history(of: r.id).map(\.action) == [.recorded, .amended])
    }

    @Test func aLateAmendmentBeforeAVoidStaysVoidedButIsTheLastContent() {
        let r = Round(date: Self.day, hotSpots: ["a"], participants: [.polis: 1])
        var fixed = r
        fixed.notes = "rättad"
        var ledger = Ledger(events: [Self.event(.round(r), at: 100),
                                     .void(.round, r.id, reason: "dubblett", author: "a@b", at: Date(timeIntervalSince1970: 300))])
        ledger.apply([Self.event(.round(fixed), .amended, at: 200)])
        #expect(ledger.rounds[r.id] == nil)
        #expect(ledger.lastContent(kind: .round, id: r.id) == .round(fixed))
        #expect(ledger.history(of: r.id).map(\.action) == [.recorded, .amended, .voided])
        #expect(ledger.history(of: r.id).last?.reason == "dubblett")
        #expect(ledger.warnings.isEmpty)
    }
}
