import Foundation
import Testing
@testable import LagesbildCore

/// Plans per year: which plan a year is viewed with, the years a view moves through, the
/// period a view opens on, and this year against the last, on counts written out here.
@Suite struct PlanBookTests {
    static func plan(_ year: Int, rounds: Int, spots: [HotSpot]) -> Plan {
        Plan(municipality: "Testby", year: year, roundIntervalDays: 14,
             focusAreas: [FocusArea(id: "trygghet", name: "Ökad trygghet")],
             promises: [Promise(id: "rundor", focusArea: "trygghet", text: "Trygghetsrundor", owner: .gemensamt,
                                metric: .rounds, target: rounds, per: .tertial)],
             hotSpots: spots)
    }
    static let a = HotSpot(id: "a", name: "Ågatan", locality: "Vaggeryd", focusAreas: ["trygghet"])
    static let b = HotSpot(id: "b", name: "Östra parken", locality: "Hok", focusAreas: ["trygghet"])
    static var retiredB: HotSpot { var s = b; s.active = false; return s }
    /// 2021: only Ågatan, 10 rounds a tertial; 2022: Östra parken added, 12; 2023: Östra parken retired, 15.
    static let book = PlanBook([plan(2023, rounds: 15, spots: [a, retiredB]), plan(2021, rounds: 10, spots: [a]),
                                plan(2022, rounds: 12, spots: [a, b])])

    static func day(_ s: String) -> Day { Day(iso: s)! }
    static func event(_ record: Record) -> JournalEvent {
        JournalEvent(timestamp: Date(timeIntervalSince1970: Double(record.day.ordinal * 86_400)), author: "t@h",
                     action: .recorded, record: record)
    }
    static func round(_ d: String, _ spots: [String]) -> JournalEvent {
        event(.round(Round(date: day(d), hotSpots: spots, participants: [.polis: 1])))
    }
    static func incident(_ d: String, _ spot: String) -> JournalEvent {
        event(.incident(Incident(date: day(d), hotSpot: spot, category: .klotter, source: .kommun)))
    }

    @Test func eachYearHasItsOwnPlanAndAYearWithoutOneHasNoTargets() {
        let book = Self.book
        #expect(book.years == [2021, 2022, 2023])
        #expect(book.viewed(forYear: 2022)?.promises.first?.target == 12)
        #expect(book.viewed(forYear: 2023)?.promises.first?.target == 15)
        #expect(book.viewed(forYear: 2023)?.hasTargets == true)
        // 2026 has no plan: the nearest (2023) places and focus areas, no promises.
        let none = book.viewed(forYear: 2026)!
        #expect(none.year == 2026 && !none.hasTargets && none.promises.isEmpty)
        #expect(none.hotSpots.map(\.id) == ["a", "b"])
        // Before the first plan, the first plan is the nearest.
        #expect(book.viewed(forYear: 2019)?.hotSpots.filter(\.active).map(\.id) == ["a"])
        // 2021 does not list Östra parken, but keeps it (inactive) for records naming it.
        let early = book.viewed(forYear: 2021)!
        #expect(early.hotSpots.map(\.id) == ["a", "b"])
        #expect(early.hotSpot(id: "b")?.active == false)
    }

    @Test func journalHotSpotsCountFromTheYearTheyWereAdded() {
        let added = AddedHotSpot(key: "c", name: "Nya torget", locality: "Vaggeryd", added: Self.day("2022-05-03"))
        let book = Self.book.merging(addedHotSpots: [added])
        #expect(book.viewed(forYear: 2021)?.hotSpot(id: "c") == nil)
        #expect(book.viewed(forYear: 2022)?.hotSpot(id: "c")?.addedInJournal == true)
        #expect(book.viewed(forYear: 2026)?.hotSpot(id: "c") != nil)
    }

    @Test func yearSpanRunsFromTheFirstToTheLastYearWithAPlanOrARecord() {
        let span = YearSpan(book: Self.book, recordYears: [2020, 2022, 2024])!
        #expect(span.first == 2020 && span.last == 2024)
        #expect(span.contains(Period("2024-T1")!) && !span.contains(Period("2025-T1")!))
        #expect(span.clamp(Period("2026-T2")!) == Period("2024-T3")!)
        #expect(span.clamp(Period("2019-W10")!) == Period("2020-W01")!)
        #expect(YearSpan(book: PlanBook([]), recordYears: []) == nil)
    }

    @Test func startPeriodIsTodaysWhenPlannedElseTheNewestData() {
        let ledger = Ledger(events: [Self.round("2023-10-02", ["a"]), Self.incident("2022-03-01", "a")])
        // A plan covers today's year: today's tertial.
        #expect(StartPeriod.choose(plans: Self.book, index: ledger.index, today: Self.day("2023-06-01")).period == Period("2023-T2")!)
        // No plan for 2026: the tertial of the newest record, said to be so.
        let start = StartPeriod.choose(plans: Self.book, index: ledger.index, today: Self.day("2026-12-01"))
        #expect(start.period == Period("2023-T3")! && start.latestData)
        // A record in 2026 itself: 2026's period, no plan but data.
        let later = Ledger(events: [Self.round("2026-03-01", ["a"])])
        #expect(StartPeriod.choose(plans: Self.book, index: later.index, today: Self.day("2026-12-01")).period == Period("2026-T1")!)
    }

    @Test func recordYearsFollowAmendsAndVoids() {
        var ledger = Ledger(events: [Self.round("2022-10-02", ["a"])])
        #expect(ledger.index.recordYears == [2022])
        let r = ledger.rounds.values.first!
        var moved = r
        moved.date = Self.day("2024-01-05")
        ledger.apply([JournalEvent(timestamp: Date(timeIntervalSince1970: 2e9), author: "t@h", action: .amended, record: .round(moved))])
        #expect(ledger.index.recordYears == [2024])
        #expect(ledger.index.recordCount(inYear: 2024) == 1 && ledger.index.recordCount(inYear: 2022) == 0)
    }

    /// 2022-T3 against 2023-T3, counted by hand:
    /// rounds 2022-T3: 2 (Sep 10, Nov 5), 2023-T3: 3; Ågatan incidents 4 → 1; Östra parken 1 → 0.
    @Test func reportComparesWithTheSamePeriodAYearEarlier() {
        let events = [
            Self.round("2022-09-10", ["a", "b"]), Self.round("2022-11-05", ["a"]), Self.round("2022-08-31", ["a"]),
            Self.round("2023-09-02", ["a"]), Self.round("2023-10-02", ["a"]), Self.round("2023-12-30", ["a"]),
            Self.incident("2022-09-01", "a"), Self.incident("2022-10-01", "a"), Self.incident("2022-11-01", "a"),
            Self.incident("2022-12-31", "a"), Self.incident("2022-12-01", "b"), Self.incident("2023-09-20", "a"),
        ]
        let ledger = Ledger(events: events)
        let report = FollowUpReport.make(plans: Self.book, ledger: ledger, period: Period("2023-T3")!, today: Self.day("2024-02-01"))
        let last = report.lastYear!
        #expect(last.period == Period("2022-T3")! && last.through == Self.day("2022-12-31"))
        #expect(last.rounds == ThenNow(then: 2, now: 3))
        #expect(last.promises.first?.thenTarget == 12 && last.promises.first?.thenDone == 2)
        #expect(last.promises.first?.now.target == 15 && last.promises.first?.now.done == 3)
        #expect(last.hotSpots.first { $0.hotSpot.id == "a" }?.incidents == ThenNow(then: 4, now: 1))
        // Retired in 2023, still listed for its 2022 incident.
        #expect(last.hotSpots.first { $0.hotSpot.id == "b" }?.incidents == ThenNow(then: 1, now: 0))
        // The focus area: 2023's places now (Ågatan), 2022's then (both).
        #expect(last.focusAreas.first?.incidents == ThenNow(then: 5, now: 1))
        let text = ReportTextRenderer(report: report, language: .sv).render()
        #expect(text.contains("Jämfört med samma period året före (2022 T3)"))
    }

    @Test func aPeriodInProgressIsComparedOverAsManyDaysAYearEarlier() {
        let events = [Self.round("2022-09-05", ["a"]), Self.round("2022-09-25", ["a"]), Self.round("2023-09-03", ["a"])]
        let report = FollowUpReport.make(plans: Self.book, ledger: Ledger(events: events), period: Period("2023-T3")!,
                                         today: Self.day("2023-09-20"))
        // 20 days of 2023-T3 against 1–20 September 2022: the round on the 25th is not counted.
        #expect(report.lastYear?.through == Self.day("2022-09-20"))
        #expect(report.lastYear?.rounds == ThenNow(then: 1, now: 1))
    }

    @Test func noComparisonWhenTheYearBeforeHasNoRecords() {
        let report = FollowUpReport.make(plans: Self.book, ledger: Ledger(events: [Self.round("2023-09-03", ["a"])]),
                                         period: Period("2023-T3")!, today: Self.day("2024-01-10"))
        #expect(report.lastYear == nil)
    }

    /// Each year against its own target: 2021 T-target 10 → 30 a year, 2022 36, 2023 45.
    @Test func multiYearReportListsEachPromisePerYear() {
        let events = [Self.round("2021-03-01", ["a"]), Self.round("2022-03-01", ["a"]), Self.round("2022-04-01", ["a"]),
                      Self.incident("2023-05-01", "a"), Self.incident("2023-06-01", "a"), Self.incident("2022-06-01", "b")]
        let multi = MultiYearReport.make(plans: Self.book, ledger: Ledger(events: events), first: 2021, last: 2024,
                                         today: Self.day("2024-06-01"))
        #expect(multi.years == [2021, 2022, 2023, 2024])
        #expect(multi.promises.map(\.id) == ["rundor"])
        #expect(multi.promises[0].results.map { $0.map { "\($0.done)/\($0.target)" } } == ["1/30", "2/36", "0/45", nil])
        #expect(multi.rounds == [1, 2, 0, 0])
        #expect(multi.focusAreas.first?.incidents == [0, 1, 2, 0])
        #expect(multi.unplannedYears == [2024])
        let text = multi.renderText(language: .sv)
        #expect(text.contains("Löften per år") && text.contains("ingen plan för 2024"))
    }
}
