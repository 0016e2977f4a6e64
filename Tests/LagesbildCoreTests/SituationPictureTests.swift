import Foundation
import Testing
@testable import LagesbildCore

@Suite struct SituationPictureTests {
    static let plan = Plan(
        municipality: "Testby", year: 2023, roundIntervalDays: 14,
        focusAreas: [FocusArea(id: "trygghet", name: "Ökad trygghet"), FocusArea(id: "trafik", name: "Trafik")],
        promises: [
            Promise(id: "rundor", focusArea: "trygghet", text: "Trygghetsrundor", owner: .gemensamt, metric: .rounds, target: 10, per: .tertial),
            Promise(id: "trafik", focusArea: "trafik", text: "Trafikkontroller", owner: .polis, metric: .interventions(.trafik), target: 6, per: .year),
        ],
        hotSpots: [
            HotSpot(id: "a", name: "Ågatan", locality: "Vaggeryd"),
            HotSpot(id: "b", name: "Östra parken", locality: "Hok"),
        ])

    static func day(_ s: String) -> Day { Day(iso: s)! }

    static func event(_ record: Record, _ action: EventAction = .recorded, at ts: Double = 0) -> JournalEvent {
        JournalEvent(timestamp: Date(timeIntervalSince1970: ts == 0 ? Double(record.day.ordinal * 86_400) : ts),
                     author: "t@h", action: action, record: record)
    }

    @Test func hotSpotCountsTrendAndRoundGap() {
        var events: [JournalEvent] = []
        // Three incidents at Ågatan in T2, one in T1; none at Östra parken.
        for d in ["2023-05-10", "2023-06-01", "2023-08-20"] {
            events.append(Self.event(.incident(Incident(date: Self.day(d), hotSpot: "a", category: .klotter, source: .kommun))))
        }
        events.append(Self.event(.incident(Incident(date: Self.day("2023-03-01"), hotSpot: "a", category: .klotter, source: .kommun))))
        events.append(Self.event(.round(Round(date: Self.day("2023-08-25"), hotSpots: ["a", "b"], participants: [.polis: 1]))))
        events.append(Self.event(.round(Round(date: Self.day("2023-06-25"), hotSpots: ["b"], participants: [.polis: 1]))))
        let picture = SituationAnalyzer(plan: Self.plan, ledger: Ledger(events: events))
            .picture(for: Period("2023-T2")!, today: Self.day("2026-01-01"))
        #expect(picture.asOf.iso == "2023-08-31")
        let a = picture.hotSpots.first { $0.hotSpot.id == "a" }!
        // 3 against 1 is no tested rise (p = 0.625).
        #expect(a.incidents == 3 && a.incidentsBefore == 1 && a.trend == .unclear)
        #expect(a.rounds == 1 && a.daysSinceLastRound == 6 && !a.overdue)
        let b = picture.hotSpots.first { $0.hotSpot.id == "b" }!
        #expect(b.rounds == 2 && b.daysSinceLastRound == 6)
        // Ågatan has fresh incidents, so it ranks first.
        #expect(picture.hotSpots.first?.hotSpot.id == "a")
    }

    @Test func priorityFormulaWeighsRecencyAndRoundGap() {
        let analyzer = SituationAnalyzer(plan: Self.plan, ledger: Ledger())
        #expect(analyzer.priority(incidentAges: [0], daysSinceLastRound: 0) == 1.0)
        #expect(analyzer.priority(incidentAges: [14], daysSinceLastRound: 0) == 0.5)
        #expect(analyzer.priority(incidentAges: [], daysSinceLastRound: nil) == 6.0)
        #expect(analyzer.priority(incidentAges: [], daysSinceLastRound: 400) == 6.0)
        #expect(analyzer.priority(incidentAges: [60], daysSinceLastRound: 10) == 1.0)
    }

    @Test func promiseStatusProRatesTheTarget() {
        // Four rounds by 2023-06-30: T2 has 123 days, 61 elapsed → expected 10 × 61/123 = 4.96.
        var events: [JournalEvent] = []
        for d in ["2023-05-05", "2023-05-20", "2023-06-02", "2023-06-30"] {
            events.append(Self.event(.round(Round(date: Self.day(d), hotSpots: ["a"], participants: [.kommun: 2]))))
        }
        let analyzer = SituationAnalyzer(plan: Self.plan, ledger: Ledger(events: events))
        let t2 = analyzer.picture(for: Period("2023-T2")!, today: Self.day("2023-06-30"))
        let rounds = t2.promises.first { $0.promise.id == "rundor" }!
        #expect(rounds.done == 4 && rounds.target == 10)
        #expect(rounds.expected == 5.0)
        #expect(rounds.state == .onTrack) // 4 ≥ floor(4.96)
        let t2Later = analyzer.picture(for: Period("2023-T2")!, today: Self.day("2023-07-15"))
        #expect(t2Later.promises.first { $0.promise.id == "rundor" }!.state == .behind)
        // A yearly target viewed per tertial is split in three, rounded up.
        let traffic = t2.promises.first { $0.promise.id == "trafik" }!
        #expect(traffic.span == Period.year(2023) && traffic.target == 6)
        #expect(SituationAnalyzer.target(of: Self.plan.promises[1], over: Period("2023-T1")!) == 2)
        #expect(SituationAnalyzer.target(of: Self.plan.promises[0], over: Period("2023")!) == 30)
    }

    @Test func amendAndVoidChangeWhatCounts() {
        let round = Round(date: Self.day("2023-05-05"), hotSpots: ["a"], participants: [.polis: 1])
        var moved = round
        moved.date = Self.day("2023-09-05")
        let other = Round(date: Self.day("2023-05-06"), hotSpots: ["b"], participants: [.polis: 1])
        let events = [
            Self.event(.round(round), at: 1_000),
            Self.event(.round(other), at: 1_001),
            Self.event(.round(moved), .amended, at: 2_000),
            JournalEvent.void(.round, other.id, reason: "Dubbel", author: "t@h", at: Date(timeIntervalSince1970: 3_000)),
        ]
        let ledger = Ledger(events: events)
        #expect(ledger.rounds.count == 1)
        #expect(ledger.rounds[round.id]?.date.iso == "2023-09-05")
        #expect(ledger.history(of: round.id).map(\.action) == [.recorded, .amended])
        let analyzer = SituationAnalyzer(plan: Self.plan, ledger: ledger)
        #expect(analyzer.picture(for: Period("2023-T2")!, today: Self.day("2024-01-01")).activities[0].count == 0)
        #expect(analyzer.picture(for: Period("2023-T3")!, today: Self.day("2024-01-01")).activities[0].count == 1)
    }

    @Test func replayOrderDoesNotDependOnArrivalOrder() {
        let r = Round(date: Self.day("2023-05-05"), hotSpots: ["a"], participants: [.polis: 1])
        var fixed = r
        fixed.citizenContacts = 7
        let e1 = Self.event(.round(r), at: 100)
        let e2 = Self.event(.round(fixed), .amended, at: 200)
        var late = Ledger(events: [e2])
        late.apply([e1])
        #expect(late.rounds[r.id]?.citizenContacts == 7)
        #expect(late.warnings.isEmpty)
        // Applying the same events again changes nothing: journal copies are idempotent.
        let before = late.revision
        late.apply([e1, e2])
        #expect(late.revision == before)
    }

    @Test func openMeasuresListOverdueFirst() {
        let m1 = Measure(hotSpot: "a", what: "Belysning", responsible: "Tekniska", decided: Self.day("2023-05-02"), due: Self.day("2023-08-30"))
        let m2 = Measure(hotSpot: "b", what: "Klotter", responsible: "Tekniska", decided: Self.day("2023-05-02"), due: Self.day("2023-05-20"))
        var m3 = Measure(hotSpot: "b", what: "Klar sak", responsible: "Polisen", decided: Self.day("2023-05-02"), due: Self.day("2023-05-10"))
        m3.status = .done
        let ledger = Ledger(events: [Self.event(.measure(m1)), Self.event(.measure(m2)), Self.event(.measure(m3))])
        let picture = SituationAnalyzer(plan: Self.plan, ledger: ledger).picture(for: Period("2023-W22")!, today: Self.day("2023-06-01"))
        #expect(picture.openMeasures.map(\.what) == ["Klotter", "Belysning"])
        #expect(picture.hotSpots.first { $0.hotSpot.id == "b" }?.overdueMeasures == 1)
    }

    static func incident(_ d: String, at spot: String) -> JournalEvent {
        event(.incident(Incident(date: day(d), hotSpot: spot, category: .klotter, source: .kommun)))
    }

    @Test func aTertialInProgressIsComparedWithTheSameDaysBefore() {
        // 2023-11-20 is day 81 of T3; day 81 of T2 is 20 July.
        let events = ["2023-05-10", "2023-07-20", "2023-07-21", "2023-08-20", "2023-09-05", "2023-11-20"].map { Self.incident($0, at: "a") }
        let analyzer = SituationAnalyzer(plan: Self.plan, ledger: Ledger(events: events))
        let running = analyzer.picture(for: Period("2023-T3")!, today: Self.day("2023-11-20"))
        #expect(running.comparison == TrendComparison(period: Period("2023-T3")!, asOf: Self.day("2023-11-20")))
        #expect(running.comparison.partial && running.comparison.days == 81)
        #expect(running.comparison.previous == Period("2023-T2")! && running.comparison.previousThrough.iso == "2023-07-20")
        let a = running.hotSpots.first { $0.hotSpot.id == "a" }!
        #expect(a.incidents == 2 && a.incidentsBefore == 2 && a.trend == .steady)
        // A finished tertial compares whole with whole.
        let done = analyzer.picture(for: Period("2023-T3")!, today: Self.day("2024-01-01"))
        #expect(!done.comparison.partial && done.comparison.previousThrough.iso == "2023-08-31")
        let whole = done.hotSpots.first { $0.hotSpot.id == "a" }!
        #expect(whole.incidents == 2 && whole.incidentsBefore == 4 && whole.trend == .unclear)
        // The last day of a period is no longer "in progress".
        #expect(!analyzer.picture(for: Period("2023-T3")!, today: Self.day("2023-12-31")).comparison.partial)
    }

    @Test func aWeekInProgressIsComparedWithTheSameWeekdaysBefore() {
        // Wednesday of week 47 against Monday–Wednesday of week 46: the Thursday does not count.
        let events = ["2023-11-13", "2023-11-16", "2023-11-21"].map { Self.incident($0, at: "b") }
        let picture = SituationAnalyzer(plan: Self.plan, ledger: Ledger(events: events))
            .picture(for: Period("2023-W47")!, today: Self.day("2023-11-22"))
        #expect(picture.comparison.days == 3 && picture.comparison.previousThrough.iso == "2023-11-15")
        let b = picture.hotSpots.first { $0.hotSpot.id == "b" }!
        #expect(b.incidents == 1 && b.incidentsBefore == 1 && b.trend == .steady)
    }

    @Test func theComparedDaysNeverRunPastTheShorterPeriodBefore() {
        // 30 August is day 122 of T2; T1 has only 120 days, so all of it counts.
        let c = TrendComparison(period: Period("2023-T2")!, asOf: Self.day("2023-08-30"))
        #expect(c.partial && c.days == 122 && c.previousThrough.iso == "2023-04-30")
        // Before the period begins nothing is counted on either side.
        let future = TrendComparison(period: Period("2024-T1")!, asOf: Self.day("2023-11-20"))
        #expect(future.days == 0 && future.previousThrough < future.previous.start)
    }

    @Test func sparklinesEndAtTheWeekOfTheDay() {
        let events = ["2023-09-12", "2023-11-20"].map {
            Self.event(.round(Round(date: Self.day($0), hotSpots: ["a"], participants: [.polis: 1])))
        }
        let analyzer = SituationAnalyzer(plan: Self.plan, ledger: Ledger(events: events))
        // T3 so far: W35 (1 September) up to this week, W47; no weeks still to come.
        let running = analyzer.picture(for: Period("2023-T3")!, today: Self.day("2023-11-20"))
        let weeks = SituationAnalyzer.sparklineWeeks(for: Period("2023-T3")!, asOf: Self.day("2023-11-20"))
        #expect(weeks.first == Period("2023-W35")! && weeks.last == Period("2023-W47")!)
        #expect(running.activities[0].weekly.count == 13)
        #expect(running.activities[0].weekly.last == 1 && running.activities[0].weekly[2] == 1)
        // A finished period shows all its weeks; a week the eight weeks up to it.
        let done = analyzer.picture(for: Period("2023-T3")!, today: Self.day("2024-01-01"))
        #expect(done.activities[0].weekly.count == Period("2023-T3")!.weeks.count)
        #expect(SituationAnalyzer.sparklineWeeks(for: Period("2023-W47")!, asOf: Self.day("2023-11-20")).count == 8)
        // A week ahead of today stops at today's week; a period not begun has none.
        #expect(SituationAnalyzer.sparklineWeeks(for: Period("2023-W49")!, asOf: Self.day("2023-11-20")).last == Period("2023-W47")!)
        #expect(SituationAnalyzer.sparklineWeeks(for: Period("2024-T1")!, asOf: Self.day("2023-11-20")).isEmpty)
    }

    @Test func sparklineScalesToTheBusiestWeek() {
        #expect(Sparkline.render([0, 1, 4, 8]) == "▁▂▅█")
        #expect(Sparkline.render([0, 0]) == "▁▁")
    }
}
