import Foundation
import Testing
@testable import LagesbildCore

/// The ledger keeps its index current event by event; it must always agree with an index
/// built from scratch over the same records.
@Suite struct LedgerIndexTests {
    static func expectSameCounts(_ kept: RecordIndex, _ fresh: RecordIndex, plan: Plan, year: Int) {
        let periods = [Period.year(year)] + Period.year(year).weeks.prefix(20)
        for period in periods {
            let (from, to) = (period.start, period.end)
            for spot in plan.hotSpots.map(\.id) {
                let incidents = (kept.incidentCount(at: spot, from: from, to: to), fresh.incidentCount(at: spot, from: from, to: to))
                #expect(incidents.0 == incidents.1)
                let rounds = (kept.roundCount(at: spot, from: from, to: to), fresh.roundCount(at: spot, from: from, to: to))
                #expect(rounds.0 == rounds.1)
                let last = (kept.lastRound(at: spot, onOrBefore: to), fresh.lastRound(at: spot, onOrBefore: to))
                #expect(last.0 == last.1)
                #expect(ids(kept.measures(at: spot)) == ids(fresh.measures(at: spot)))
            }
            let metrics: [PromiseMetric] = [.rounds] + InterventionKind.allCases.map { .interventions($0) }
            for metric in metrics {
                let counts = (kept.count(metric, from: from, to: to), fresh.count(metric, from: from, to: to))
                #expect(counts.0 == counts.1)
            }
        }
        #expect(ids(kept.measures) == ids(fresh.measures))
    }

    /// Both indexes point at the same places in the ledger's arrays, by day and per place.
    static func expectSamePositions(_ ledger: Ledger, _ fresh: RecordIndex, plan: Plan, from: Day, to: Day) {
        let kept = ledger.index
        #expect(kept.incidentSlots(from: from, to: to).sorted() == fresh.incidentSlots(from: from, to: to).sorted())
        #expect(kept.roundSlots(from: from, to: to).sorted() == fresh.roundSlots(from: from, to: to).sorted())
        for spot in plan.hotSpots.map(\.id) {
            #expect(kept.incidentSlots(at: spot, from: from, to: to).sorted() == fresh.incidentSlots(at: spot, from: from, to: to).sorted())
            #expect(kept.roundSlots(at: spot, from: from, to: to).sorted() == fresh.roundSlots(at: spot, from: from, to: to).sorted())
            #expect(kept.interventionSlots(at: spot, from: from, to: to).sorted() == fresh.interventionSlots(at: spot, from: from, to: to).sorted())
        }
    }

    static func ids(_ measures: [Measure]) -> [String] {
        measures.map(\.id.uuidString).sorted()
    }

    @Test func eventByEventMatchesARebuild() {
        var generator = SampleGenerator(options: .init(seed: 11, years: 1, scale: 1, startYear: 2023))
        let (plan, events) = generator.generate()
        // Small batches keep the index updated in place, amends and voids included.
        let ledger = LedgerOrderTests.applied(events, inBatchesOf: 7)
        #expect(events.contains { $0.action == .voided })
        Self.expectSameCounts(ledger.index, RecordIndex(ledger: ledger), plan: plan, year: 2023)
        Self.expectSamePositions(ledger, RecordIndex(ledger: ledger), plan: plan, from: Day(iso: "2023-01-01")!, to: Day(iso: "2023-12-31")!)
    }

    @Test func lateArrivalAndLargeBatchesRebuildCorrectly() {
        var generator = SampleGenerator(options: .init(seed: 12, years: 1, scale: 8, startYear: 2023))
        let (plan, events) = generator.generate()
        #expect(events.count > Ledger.indexRebuildBatch)
        // Every other event first (a large batch), then the rest: each is a late arrival.
        var ledger = Ledger(events: events.enumerated().filter { $0.offset % 2 == 0 }.map(\.element))
        ledger.apply(events.enumerated().filter { $0.offset % 2 == 1 }.map(\.element))
        Self.expectSameCounts(ledger.index, RecordIndex(ledger: ledger), plan: plan, year: 2023)
        let whole = Ledger(events: events)
        Self.expectSameCounts(ledger.index, whole.index, plan: plan, year: 2023)
    }

    /// Past `parallelAbove` records the index is built in two halves on two cores; it must
    /// equal the index kept event by event, duplicates and yearly counts included.
    @Test func anIndexBuiltOnTwoCoresMatchesOneKeptEventByEvent() {
        var generator = SampleGenerator(options: .init(seed: 13, years: 3, scale: 16, startYear: 2022))
        let (plan, events) = generator.generate()
        let ledger = LedgerOrderTests.applied(events, inBatchesOf: 1_000)
        #expect(ledger.incidents.count + ledger.rounds.count > RecordIndex.parallelAbove)
        let fresh = RecordIndex(ledger: ledger)
        for year in [2022, 2023, 2024] { Self.expectSameCounts(ledger.index, fresh, plan: plan, year: year) }
        #expect(ledger.index.duplicateOf == fresh.duplicateOf)
        #expect(ledger.index.recordYears == fresh.recordYears)
        let (from, to) = (Day(iso: "2022-01-01")!, Day(iso: "2024-12-31")!)
        // Both point at every record once, and at the same places in the arrays.
        #expect(Set(ledger.incidentsDated(from: from, to: to).map(\.id)) == Set(ledger.incidents.keys))
        #expect(ledger.incidentsDated(from: from, to: to).count == ledger.incidents.count)
        #expect(Set(ledger.roundsDated(from: from, to: to).map(\.id)) == Set(ledger.rounds.keys))
        #expect(ledger.roundsDated(from: from, to: to).count == ledger.rounds.count)
        #expect(Set(ledger.index.incidentSlots(from: from, to: to)) == Set(fresh.incidentSlots(from: from, to: to)))
        #expect(Set(ledger.index.roundSlots(from: from, to: to)) == Set(fresh.roundSlots(from: from, to: to)))
        let may = (Day(iso: "2023-05-01")!, Day(iso: "2023-05-31")!)
        #expect(Set(ledger.countedIncidentsDated(from: may.0, to: may.1).map(\.id))
            == Set(ledger.countedIncidents.filter { $0.date >= may.0 && $0.date <= may.1 }.map(\.id)))
        for spot in plan.hotSpots.map(\.id) {
            #expect(Set(ledger.index.incidentSlots(at: spot, from: from, to: to)) == Set(fresh.incidentSlots(at: spot, from: from, to: to)))
            #expect(Set(ledger.index.roundSlots(at: spot, from: from, to: to)) == Set(fresh.roundSlots(at: spot, from: from, to: to)))
            #expect(Set(ledger.index.interventionSlots(at: spot, from: from, to: to))
                == Set(fresh.interventionSlots(at: spot, from: from, to: to)))
            // What they point at is the place's records, against a pass over all of them.
            #expect(Set(ledger.incidents(at: spot, from: from, to: to).map(\.id))
                == Set(ledger.incidents.values.filter { $0.hotSpot == spot }.map(\.id)))
            #expect(Set(ledger.rounds(at: spot, from: from, to: to).map(\.id))
                == Set(ledger.rounds.values.filter { $0.hotSpots.contains(spot) }.map(\.id)))
            #expect(Set(ledger.interventions(at: spot, from: from, to: to).map(\.id))
                == Set(ledger.interventions.values.filter { $0.hotSpot == spot }.map(\.id)))
        }
    }

    @Test func voidedRecordLeavesTheCounts() {
        let spot = "resecentrum"
        let incident = Incident(date: Day(iso: "2023-05-02")!, hotSpot: spot, category: .otryggPlats, source: .polis)
        let at = Date(timeIntervalSince1970: 1_683_000_000)
        var ledger = Ledger(events: [JournalEvent(timestamp: at, author: "a", action: .recorded, record: .incident(incident))])
        let may = Period.containing(incident.date, kind: .tertial)
        #expect(ledger.index.incidentCount(at: spot, from: may.start, to: may.end) == 1)
        ledger.apply([.void(.incident, incident.id, reason: "fel", author: "a", at: at.addingTimeInterval(60))])
        #expect(ledger.index.incidentCount(at: spot, from: may.start, to: may.end) == 0)
    }
}

/// The order the index walks records in, against the standard library's sort by
/// (day, position): a narrow span (counted) and a wide one (the fallback).
@Suite struct DayOrderTests {
    @Test(arguments: [(0, 1), (1, 1), (5_000, 400), (5_000, 3_000_000), (257, 2)])
    func positionsComeInDayOrderEqualDaysInTheirOrder(count: Int, span: Int) {
        var rng = SeededRandom(seed: UInt64(count * 31 + span))
        let days = (0..<count).map { _ in Day(ordinal: 700_000 + Int.random(in: 0..<span, using: &rng)) }
        let expected = (0..<count).sorted { a, b in days[a] != days[b] ? days[a] < days[b] : a < b }
        #expect(dayOrder(count) { days[$0] }.map(Int.init) == expected)
    }
}
