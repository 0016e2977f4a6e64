import Foundation
import Testing
@testable import LagesbildCore

/// The follow-up report's numbers against counts written out here with plain filters over
/// the ledger's records, on the sample generator's year.
@Suite struct FollowUpReportTests {
    static let sample: (plan: Plan, ledger: Ledger) = {
        var generator = SampleGenerator(options: .init(seed: 2023))
        let (plan, events) = generator.generate()
        return (plan, Ledger(events: events))
    }()
    static let today = Day(iso: "2024-01-15")!

    /// The target of a promise over a tertial or a year, restated from the plan's rules.
    static func target(_ p: Promise, _ kind: PeriodKind) -> Int {
        switch (p.per, kind) {
        case (.tertial, .year): return p.target * 3
        case (.year, .tertial): return Int((Double(p.target) / 3).rounded(.up))
        default: return p.target
        }
    }

    static func count(_ metric: PromiseMetric, _ ledger: Ledger, from: Day, to: Day) -> Int {
        switch metric {
        case .rounds: return ledger.rounds.values.filter { $0.date >= from && $0.date <= to }.count
        case .interventions(let kind):
            return ledger.interventions.values.filter { $0.kind == kind && $0.date >= from && $0.date <= to }.count
        }
    }

    /// The dashboard shows `head` at once and adds `completed` when it is done: the two
    /// together are the report `make` gives, and the head has none of the tail's parts.
    @Test(arguments: ["2023-T1", "2023-T3", "2023"])
    func headThenCompletedIsTheWholeReport(_ name: String) {
        let period = Period(name)!, today = Day(iso: "2024-01-15")!, book = PlanBook([Self.sample.plan])
        let whole = FollowUpReport.make(plans: book, ledger: Self.sample.ledger, period: period, today: today)
        let head = FollowUpReport.head(plans: book, ledger: Self.sample.ledger, period: period, today: today)
        #expect(head.completed(Self.sample.ledger, plans: book, today: today) == whole)
        // The sample's periods have timed incidents, rounds and evaluations, so the split is real.
        #expect(whole.timeMatrix.timed > 0 && !whole.evaluations.isEmpty && !whole.presence.isEmpty && !whole.sources.isEmpty)
        #expect(head.timeMatrix.timed == 0 && head.evaluations.isEmpty && head.presence.isEmpty && head.sources.isEmpty)
        #expect(head.hotSpots == whole.hotSpots && head.findings == whole.findings && head.measures == whole.measures)
        let text = ReportTextRenderer(report: whole, language: .sv)
        #expect(ReportTextRenderer(report: head, language: .sv).headLines(width: 80) == text.headLines(width: 80))
    }

    @Test(arguments: ["2023-T1", "2023-T2", "2023-T3", "2023"])
    func numbersMatchAnIndependentCount(_ name: String) {
        let (plan, ledger) = Self.sample
        let period = Period(name)!
        let report = FollowUpReport.make(plan: plan, ledger: ledger, period: period, today: Self.today)
        let start = period.start, end = period.end
        let yearStart = Day(year: 2023, month: 1, day: 1)!
        #expect(report.asOf == end)

        // Promises: done against target for the period and for the year so far.
        #expect(report.promises.count == plan.promises.count)
        for row in report.promises {
            let p = row.promise
            #expect(row.period.done == Self.count(p.metric, ledger, from: start, to: end), "\(p.id) \(name)")
            #expect(row.period.target == Self.target(p, period.kind), "\(p.id) \(name)")
            #expect(row.yearToDate.done == Self.count(p.metric, ledger, from: yearStart, to: end), "\(p.id) \(name)")
            #expect(row.yearToDate.target == Self.target(p, .year))
            // The period is over: its target was reached or not, whatever was done.
            let status: FollowUpStatus = row.period.done >= row.period.target ? .achieved : .missed
            #expect(row.period.status == status, "\(p.id) \(name)")
        }

        // Rounds per hot spot, incidents now and in the period before, interventions per kind.
        let before = period.previous
        for spot in report.hotSpots {
            let id = spot.hotSpot.id
            #expect(spot.rounds == ledger.rounds.values.filter { $0.hotSpots.contains(id) && $0.date >= start && $0.date <= end }.count)
            #expect(spot.roundsYearToDate == ledger.rounds.values.filter { $0.hotSpots.contains(id) && $0.date >= yearStart && $0.date <= end }.count)
            #expect(spot.incidents == ledger.incidents.values.filter { $0.hotSpot == id && $0.date >= start && $0.date <= end }.count)
            #expect(spot.incidentsBefore == ledger.incidents.values.filter { $0.hotSpot == id && $0.date >= before.start && $0.date <= before.end }.count)
            // The situation picture's tested rule over the two whole tertials (TrendTestTests pins the rule).
            #expect(spot.trend == Trend(now: spot.incidents, before: spot.incidentsBefore, nowDays: period.dayCount,
                                        beforeDays: before.dayCount))
        }
        #expect(report.hotSpots.count == plan.hotSpots.filter(\.active).count)
        #expect(report.roundsInPeriod == ledger.rounds.values.filter { $0.date >= start && $0.date <= end }.count)
        for kind in InterventionKind.allCases {
            let n = ledger.interventions.values.filter { $0.kind == kind && $0.date >= start && $0.date <= end }.count
            #expect((report.interventions.first { $0.kind == kind }?.count ?? 0) == n, "\(kind) \(name)")
        }

        // Incidents per week per focus area add up to the incidents at the area's hot spots.
        for area in report.focusAreas {
            let spots = Set(plan.hotSpots.filter { $0.focusAreas.contains(area.area.id) }.map(\.id))
            let n = ledger.incidents.values.filter { $0.hotSpot.map(spots.contains) ?? false && $0.date >= start && $0.date <= end }.count
            #expect(area.weeklyIncidents.reduce(0, +) == n, "\(area.area.id) \(name)")
            #expect(area.weeklyIncidents.count == report.weeks.count)
        }

        // Measures: every one decided in the period, then the open ones carried over.
        let decided = ledger.measures.values.filter { $0.decided >= start && $0.decided <= end }
        let carried = ledger.measures.values.filter { $0.decided < start && $0.status.isOpen }
        #expect(report.measures.filter(\.decidedInPeriod).count == decided.count)
        #expect(report.measures.filter { !$0.decidedInPeriod }.count == carried.count)
        #expect(report.findings.contains(.measures(decided: decided.count, done: decided.filter { $0.status == .done }.count,
                                                   open: decided.filter { $0.status.isOpen }.count,
                                                   overdue: report.measures.filter(\.overdue).count)))
    }

    @Test func yearToDateAgreesWithTheDashboard() {
        let (plan, ledger) = Self.sample
        let report = FollowUpReport.make(plan: plan, ledger: ledger, period: Period("2023-T2")!, today: Self.today)
        let picture = SituationAnalyzer(plan: plan, ledger: ledger).picture(for: Period("2023-T2")!, today: Self.today)
        // Where the dashboard judges a promise over the same span, both show the same figures.
        for status in picture.promises {
            let row = report.promises.first { $0.promise.id == status.promise.id }!
            let same = status.span == row.period.span ? row.period : row.yearToDate
            #expect(same.span == status.span)
            #expect(same.done == status.done && same.target == status.target && same.expected == status.expected)
            // A finished span the dashboard calls behind is final in the report: ej nått.
            #expect((same.status == .behind || same.status == .missed) == (status.state == .behind) || same.status == .notStarted)
        }
    }

    @Test func statusRules() {
        #expect(FollowUpStatus.judge(done: 5, target: 5, expected: 2, started: true) == .achieved)
        #expect(FollowUpStatus.judge(done: 0, target: 0, expected: 0, started: true) == .achieved)
        #expect(FollowUpStatus.judge(done: 0, target: 6, expected: 0.5, started: true) == .notStarted)
        #expect(FollowUpStatus.judge(done: 0, target: 6, expected: 0, started: false) == .inProgress)
        #expect(FollowUpStatus.judge(done: 2, target: 6, expected: 3.9, started: true) == .behind)
        #expect(FollowUpStatus.judge(done: 3, target: 6, expected: 3.9, started: true) == .inProgress)
        // Once the span is over: reached or not, never behind plan or not started.
        #expect(FollowUpStatus.judge(done: 6, target: 6, expected: 6, started: true, finished: true) == .achieved)
        #expect(FollowUpStatus.judge(done: 5, target: 6, expected: 6, started: true, finished: true) == .missed)
        #expect(FollowUpStatus.judge(done: 0, target: 6, expected: 6, started: true, finished: true) == .missed)
    }

    @Test func aFinishedYearIsFinalNotSoFar() {
        let (plan, ledger) = Self.sample
        let report = FollowUpReport.make(plan: plan, ledger: ledger, period: Period("2023-T3")!, today: Self.today)
        #expect(report.yearIsOver)
        #expect(Language.sv(.report(report.yearToDateColumn)) == "2023")
        for row in report.promises {
            #expect(row.period.status == .achieved || row.period.status == .missed, "\(row.promise.id)")
            #expect(row.yearToDate.status == .achieved || row.yearToDate.status == .missed, "\(row.promise.id)")
        }
        let html = ReportHTMLRenderer(report: report, language: .sv).render()
        #expect(html.contains("ej nått"))
        #expect(!html.contains("hittills") && !html.contains("efter plan"))
        // While the year runs, its figures are the year so far.
        let running = FollowUpReport.make(plan: plan, ledger: ledger, period: Period("2023-T3")!, today: Day(iso: "2023-11-20")!)
        #expect(!running.yearIsOver)
        #expect(Language.sv(.report(running.yearToDateColumn)) == "Året hittills")
    }

    @Test func theRoundsTableSumsItsPlacesAndCountsEachRoundOnce() {
        let (plan, ledger) = Self.sample
        let report = FollowUpReport.make(plan: plan, ledger: ledger, period: Period("2023-T3")!, today: Self.today)
        #expect(report.visitsInPeriod == report.hotSpots.reduce(0) { $0 + $1.rounds })
        #expect(report.visitsYearToDate == report.hotSpots.reduce(0) { $0 + $1.roundsYearToDate })
        // The sample's rounds often walk several hot spots: more visits than rounds, and a line says why.
        #expect(report.visitsInPeriod > report.roundsInPeriod)
        #expect(report.visitsNote == .visitsNote)
        let md = ReportMarkdownRenderer(report: report, language: .sv).render()
        #expect(md.contains("| Besök totalt |  | \(report.visitsInPeriod) | \(report.visitsYearToDate) |"))
        #expect(md.contains("| Rundor totalt |  | \(report.roundsInPeriod) | \(report.roundsYearToDate) |"))
        #expect(md.contains(Language.sv(.report(.visitsNote))))
        let text = ReportTextRenderer(report: report, language: .en).render()
        #expect(text.contains("Visits in all") && text.contains("Rounds in all"))
    }

    @Test func aRunningTertialIsProRated() {
        let (plan, ledger) = Self.sample
        let mid = Day(iso: "2023-10-31")!
        let report = FollowUpReport.make(plan: plan, ledger: ledger, period: Period("2023-T3")!, today: mid)
        #expect(report.asOf == mid)
        let rounds = report.promises.first { $0.promise.metric == .rounds }!
        // 61 of 122 days have passed: half the target is expected.
        #expect(rounds.period.expected == Double(rounds.period.target) * 61 / 122)
        #expect(rounds.period.done == Self.count(.rounds, ledger, from: Day(iso: "2023-09-01")!, to: mid))
    }

    @Test func aRunningTertialComparesTheSameNumberOfDaysOfTheOneBefore() {
        let (plan, ledger) = Self.sample
        let today = Day(iso: "2023-11-20")!
        let report = FollowUpReport.make(plan: plan, ledger: ledger, period: Period("2023-T3")!, today: today)
        // 81 days of T3 so far against 1 May – 20 July, the first 81 days of T2.
        let from = Day(iso: "2023-05-01")!, through = Day(iso: "2023-07-20")!
        #expect(report.comparison.partial && report.comparison.days == 81 && report.comparison.previousThrough == through)
        for spot in report.hotSpots {
            let id = spot.hotSpot.id
            #expect(spot.incidentsBefore == ledger.incidents.values.filter { $0.hotSpot == id && $0.date >= from && $0.date <= through }.count, "\(id)")
        }
        let now = report.hotSpots.reduce(0) { $0 + $1.incidents }, before = report.hotSpots.reduce(0) { $0 + $1.incidentsBefore }
        #expect(report.findings.contains(.incidents(now: now, before: before, comparison: report.comparison)))
        // The charts end at this week.
        #expect(report.weeks.last == Period("2023-W47")! && report.weeks.count == 13)

        let sentence = Language.sv(.report(.finding(.incidents(now: 136, before: 200, comparison: report.comparison), .tertial)))
        #expect(sentence == "Händelserna vid hot spots minskade från 200 under samma antal dagar av 2023 T2 maj–aug till 136 (−32 %).")
        let english = Language.en(.report(.finding(.incidents(now: 136, before: 200, comparison: report.comparison), .tertial)))
        #expect(english == "Incidents at hot spots fell from 200 in the same number of days of 2023 T2 May–Aug to 136 (−32 %).")
        // Every format says which days were compared, under the incident table.
        let note = "Tertialet pågår: T3 (2023-09-01 – 2023-11-20) jämförs med samma antal dagar av T2 (2023-05-01 – 2023-07-20), 81 dagar."
        #expect(Language.sv(.report(report.comparisonNote!)) == note)
        let text = ReportTextRenderer(report: report, language: .sv).lines(width: 200)
        #expect(text.contains("  " + note))
        #expect(ReportMarkdownRenderer(report: report, language: .sv).render().contains("\n" + note + "\n"))
        #expect(ReportHTMLRenderer(report: report, language: .sv).render().contains(note))
        #expect(ReportTextRenderer(report: report, language: .en).render(width: 200).contains(
            "The tertial is in progress: T3 (2023-09-01 – 2023-11-20) is compared with the same number of days of T2 (2023-05-01 – 2023-07-20), 81 days."))
    }

    @Test func aFinishedTertialComparesWholeWithWhole() {
        let (plan, ledger) = Self.sample
        let report = FollowUpReport.make(plan: plan, ledger: ledger, period: Period("2023-T3")!, today: Self.today)
        #expect(!report.comparison.partial && report.comparisonNote == nil)
        #expect(report.weeks == Period("2023-T3")!.weeks)
        let summary = report.findings.map { Language.sv(.report(.finding($0, .tertial))) }.joined(separator: " ")
        #expect(summary.contains("under 2023 T2 maj–aug") && !summary.contains("samma antal dagar"))
        // No "T3 pågår: … jämförs med …" note (an evaluation's after-window may still run: "pågår – 2 av 8 veckor").
        #expect(!ReportTextRenderer(report: report, language: .sv).render().contains("pågår:"))
    }

    @Test(arguments: [("2023-T3", "2023-03-10"), ("2023", "2022-12-01")])
    func aPeriodNotBegunSaysSoAndComparesNothing(_ name: String, _ today: String) {
        let (plan, ledger) = Self.sample
        let period = Period(name)!
        let report = FollowUpReport.make(plan: plan, ledger: ledger, period: period, today: Day(iso: today)!)
        #expect(!report.hasBegun && report.comparisonNote == nil)
        // The summary says only when the period begins: no 0-against-0 comparison, no counts of nothing.
        #expect(report.findings == [.notBegun(period)])
        // Nothing decided after the report's day is listed.
        #expect(report.measures.allSatisfy { $0.measure.decided <= Day(iso: today)! })

        let sv = Language.sv(.report(.finding(.notBegun(period), period.kind)))
        let en = Language.en(.report(.finding(.notBegun(period), period.kind)))
        let text = ReportTextRenderer(report: report, language: .sv).lines(width: 80)
        let md = ReportMarkdownRenderer(report: report, language: .sv).render()
        let html = ReportHTMLRenderer(report: report, language: .sv).render()
        let english = ReportTextRenderer(report: report, language: .en).render()
        #expect(text.contains("  " + sv))
        #expect(md.contains("- " + sv + "\n"))
        #expect(html.contains("<li>" + sv + "</li>"))
        #expect(english.contains("  " + en + "\n"))
        // No trend column and no period before to set against, in any format.
        let before = Language.sv(.report(.columnPeriod(period.previous)))
        for trend in Trend.allCases {
            let word = Language.sv(.report(.trend(trend)))
            #expect(!text.contains { $0.hasSuffix(word) } && !md.contains(word) && !html.contains(word), "\(word)")
            #expect(!english.contains(Language.en(.report(.trend(trend)))))
        }
        #expect(!text.joined(separator: "\n").contains("samma antal dagar") && !md.contains("samma antal dagar"))
        #expect(!md.contains("| " + Language.sv(.report(.columnTrend)) + " |") && !html.contains("<th>Trend</th>"))
        #expect(!md.contains("| " + before + " |") && !html.contains(">" + before + "</th>"))
        #expect(ReportRenderingTests.parse(html).ok)
        let incidents = text.drop { $0 != Language.sv(.report(.incidents)) }.dropFirst()
        #expect(incidents.first?.hasSuffix(Language.sv(.report(.columnPeriod(period)))) == true)
    }

    @Test func notBegunInBothLanguages() {
        let t3 = Period("2023-T3")!
        #expect(Language.sv(.report(.finding(.notBegun(t3), .tertial))) == "Perioden har inte börjat: 2023 T3 sep–dec börjar 2023-09-01.")
        #expect(Language.en(.report(.finding(.notBegun(t3), .tertial))) == "The period has not begun: 2023 T3 Sep–Dec begins on 2023-09-01.")
    }

    /// Every count in the report's sentences agrees with its number: one of a thing, or many.
    @Test func countSentencesAgreeWithTheirNumber() {
        func sv(_ f: ReportFinding) -> String { Language.sv(.report(.finding(f, .tertial))) }
        func en(_ f: ReportFinding) -> String { Language.en(.report(.finding(f, .tertial))) }
        #expect(sv(.measures(decided: 0, done: 0, open: 0, overdue: 1)) == "EST-mötena beslutade 0 åtgärder under tertialet. 1 åtgärd är försenad.")
        #expect(sv(.measures(decided: 0, done: 0, open: 0, overdue: 2)) == "EST-mötena beslutade 0 åtgärder under tertialet. 2 åtgärder är försenade.")
        #expect(sv(.measures(decided: 1, done: 1, open: 0, overdue: 0)) == "EST-mötena beslutade 1 åtgärd under tertialet, varav 1 klar och 0 öppna.")
        #expect(en(.measures(decided: 0, done: 0, open: 0, overdue: 1)) == "The EST meetings decided 0 measures during the tertial. 1 measure is overdue.")
        #expect(en(.measures(decided: 0, done: 0, open: 0, overdue: 2)) == "The EST meetings decided 0 measures during the tertial. 2 measures are overdue.")
        #expect(Language.sv(.report(.imported(records: 1, alreadyThere: 0))) == "1 post importerad")
        #expect(Language.sv(.report(.imported(records: 2, alreadyThere: 1))) == "2 poster importerade, 1 fanns redan och hoppades över")
        #expect(Language.en(.report(.imported(records: 1, alreadyThere: 0))) == "1 record imported")
        #expect(Language.en(.report(.importProblem(.columnCount(expected: 4, found: 1)))) == "the row has 1 field, the header 4")
        #expect(Language.en(.report(.importProblem(.columnCount(expected: 4, found: 2)))) == "the row has 2 fields, the header 4")
        #expect(Language.sv(.checkSummary(errors: 1, warnings: 1, events: 1)) == "1 händelse läst, 1 fel, 1 varning")
        #expect(Language.sv(.checkSummary(errors: 0, warnings: 2, events: 943)) == "943 händelser lästa, 0 fel, 2 varningar")
        #expect(Language.en(.checkSummary(errors: 1, warnings: 1, events: 1)) == "1 event read, 1 error, 1 warning")
        #expect(Language.sv(.wall(.figureOpenMeasures(overdue: 1))) == "öppna åtgärder, varav 1 försenad")
        #expect(Language.sv(.wall(.figureOpenMeasures(overdue: 3))) == "öppna åtgärder, varav 3 försenade")
    }

    @Test func aWeekIsWidenedToItsTertial() {
        let (plan, ledger) = Self.sample
        let report = FollowUpReport.make(plan: plan, ledger: ledger, period: Period("2023-W40")!, today: Self.today)
        #expect(report.period == Period("2023-T3")!)
    }
}
