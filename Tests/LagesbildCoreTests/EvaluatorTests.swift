import Foundation
import Testing
@testable import LagesbildCore

/// Which places an evaluation sets against which, and its counts, on records placed by
/// hand: the comparison is every other followed place not treated in its windows and not
/// in the treated place's locality (the buffer); all counted here from the dates below.
@Suite struct EvaluatorTests {
    static func day(_ s: String) -> Day { Day(iso: s)! }
    static let plan = Plan(municipality: "Test", year: 2023, focusAreas: [], promises: [], hotSpots: [
        HotSpot(id: "a", name: "A", locality: "X"), HotSpot(id: "b", name: "B", locality: "X"),
        HotSpot(id: "c", name: "C", locality: "Y"), HotSpot(id: "d", name: "D", locality: "Y"),
        HotSpot(id: "e", name: "E", locality: "Z", active: false),
    ])
    static func incidents(_ spot: String, _ days: [String], _ category: IncidentCategory = .narkotika) -> [JournalEvent] {
        days.map { SituationPictureTests.event(.incident(Incident(date: day($0), hotSpot: spot, category: category, source: .polis))) }
    }
    static let treatment = Intervention(date: day("2023-06-01"), kind: .narkotika, hotSpot: "a", organisation: .polis)
    static let measure = Measure(hotSpot: "c", what: "Belysning", responsible: "Kommunen", decided: day("2023-05-25"), due: day("2023-08-01"))
    static let ledger: Ledger = {
        // Two-week windows around 2023-06-01: before 05-18…05-31, after 06-01…06-14.
        var events = incidents("a", ["2023-05-20", "2023-05-22", "2023-05-30", "2023-06-03"])
            + incidents("a", ["2023-06-02", "2023-06-10"], .klotter)               // not what a narcotics effort aims at
            + incidents("b", ["2023-05-19", "2023-05-28", "2023-06-01", "2023-06-02", "2023-06-08", "2023-06-14"])
            + incidents("c", ["2023-05-18", "2023-05-19", "2023-05-20", "2023-05-21", "2023-05-22",
                              "2023-06-01", "2023-06-02", "2023-06-03", "2023-06-04", "2023-06-05"])
            + incidents("d", ["2023-05-17", "2023-05-18", "2023-05-23", "2023-05-29", "2023-05-31", "2023-06-06", "2023-06-13", "2023-06-15"])
            + incidents("e", ["2023-05-20", "2023-05-21", "2023-06-02"])
        events.append(SituationPictureTests.event(.intervention(treatment)))
        // Another kind of effort at d does not make d treated for a narcotics effort.
        events.append(SituationPictureTests.event(.intervention(Intervention(date: day("2023-06-05"), kind: .trafik, hotSpot: "d", organisation: .polis))))
        events.append(SituationPictureTests.event(.measure(measure)))
        return Ledger(events: events)
    }()

    @Test func anInterventionIsSetAgainstTheUntreatedOutsideItsLocality() throws {
        let e = try #require(Evaluator(plan: Self.plan, ledger: Self.ledger, today: Self.day("2023-07-01"), weeks: 2)
            .evaluate(.intervention(Self.treatment)))
        // c had a measure decided in the windows: treated; b is a's locality: the buffer; e is not followed.
        #expect(e.comparison == ["d"] && e.buffer == ["b"])
        #expect(e.counts == EffectCounts(t0: 3, t1: 1, c0: 4, c1: 2, d0: 2, d1: 4))
        #expect(e.weeksPassed == 2)
    }

    @Test func windowsAreCutAtToday() throws {
        let e = try #require(Evaluator(plan: Self.plan, ledger: Self.ledger, today: Self.day("2023-06-07"), weeks: 2)
            .evaluate(.intervention(Self.treatment)))
        #expect(e.counts == EffectCounts(t0: 3, t1: 1, c0: 4, c1: 1, d0: 2, d1: 2))
        #expect(e.weeksPassed == 1 && e.verdict == .running)
    }

    /// A measure counts every category, and only measures make a place treated for it.
    @Test func aMeasureCountsEveryCategoryAndOnlyMeasuresTreat() throws {
        let e = try #require(Evaluator(plan: Self.plan, ledger: Self.ledger, today: Self.day("2023-07-01"), weeks: 2)
            .evaluate(.measure(Self.measure)))
        // Windows 05-11…05-24 and 05-25…06-07; d shares c's locality.
        #expect(e.comparison == ["a", "b"] && e.buffer == ["d"])
        // c: 5 before, 5 after. a: 2 before; 05-30, 06-02, 06-03 after. b: 05-19; 05-28, 06-01, 06-02.
        // d: 05-17, 05-18, 05-23; 05-29, 05-31, 06-06.
        #expect(e.counts == EffectCounts(t0: 5, t1: 5, c0: 3, c1: 6, d0: 3, d1: 3))
    }

    /// An intervention of the same kind at another place makes it treated; a general safety
    /// effort counts every category at its place.
    @Test func theSameKindElsewhereTreatsAndASafetyEffortCountsEverything() throws {
        var ledger = Self.ledger
        ledger.apply([SituationPictureTests.event(.intervention(Intervention(date: Self.day("2023-06-05"), kind: .narkotika, hotSpot: "d",
                                                                             organisation: .kommun)))])
        let evaluator = Evaluator(plan: Self.plan, ledger: ledger, today: Self.day("2023-07-01"), weeks: 2)
        let e = try #require(evaluator.evaluate(.intervention(Self.treatment)))
        // c has its measure, d now an effort of the same kind: nothing left to compare with.
        #expect(e.comparison.isEmpty && e.buffer == ["b"])
        #expect(e.counts == EffectCounts(t0: 3, t1: 1, c0: 0, c1: 0, d0: 2, d1: 4))
        let safety = Intervention(date: Self.day("2023-06-01"), kind: .trygghet, hotSpot: "a", organisation: .kommun)
        let s = try #require(evaluator.evaluate(.intervention(safety)))
        // a: 05-20, 05-22, 05-30 before; 06-02, 06-03, 06-10 after (narcotics and graffiti alike).
        #expect(s.counts.t0 == 3 && s.counts.t1 == 3)
        // No other safety effort and only c's measure: d is compared with (4 before, 05-31 in; 06-06, 06-13 after).
        #expect(s.comparison == ["d"] && s.counts.c0 == 4 && s.counts.c1 == 2)
    }
}
