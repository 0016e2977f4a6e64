import Foundation
import Testing
import LagesbildCore
@testable import LagesbildTUI

/// `r` shows the follow-up report of the shown period; `s` there saves it.
@Suite struct ReportViewTests {
    final class Saved: ReportWriter {
        var files: [(name: String, contents: String)] = []
        func writeReport(files: [(name: String, contents: String)]) throws -> [String] {
            self.files += files
            return files.map { "reports/\($0.name)" }
        }
    }

    @Test func rShowsTheReportOfTheShownPeriodAndEscReturns() {
        let app = Fixture.app()
        Fixture.press(app, .character("r"))
        #expect(app.mode == .detail(.report, scroll: 0))
        let text = Fixture.frame(app, rows: 40, cols: 120).text
        #expect(text.contains("Uppföljning 2023 T3 sep–dec"))
        // The same figures the report renderer computes for the period.
        let report = FollowUpReport.make(plan: Fixture.plan, ledger: app.ledger, period: app.period, today: Fixture.today)
        let expected = ReportTextRenderer(report: report, language: .sv).lines(width: 116)
        #expect(text.contains(expected[0]))
        for promise in Fixture.plan.promises { #expect(text.contains(promise.text)) }
        Fixture.press(app, .escape)
        #expect(app.mode == .overview)
    }

    /// A queue for the report's rest that runs nothing until resumed, given to `app`.
    static func holdBack(_ app: DashboardApp) -> DispatchQueue {
        let held = DispatchQueue(label: "held back")
        held.suspend()
        app.besideQueue = held
        return held
    }

    /// The head is drawn at once; the rest (when, presence, effect) is worked out beside it
    /// and replaces the line that says so: then the view is the whole report, line for line.
    @Test func theHeadShowsAtOnceAndTheRestWhenItIsWorkedOut() {
        let app = Fixture.app()
        let held = Self.holdBack(app)
        Fixture.press(app, .character("r"))
        let first = Fixture.frame(app).text
        #expect(app.isCompletingView)
        #expect(first.contains("Uppföljning 2023 T3 sep–dec"))
        let waiting = app.detail(.report)?.lines.map(\.text) ?? []
        #expect(waiting.last == Language.sv(.dashboard(.reportCompleting)))
        #expect(!waiting.contains(Language.sv(.effect(.heading))))
        held.resume()
        _ = app.reportTail?.work.wait()
        // Done, but not drawn yet: the loop is still told to wake and draw it.
        #expect(app.isCompletingView)
        _ = Fixture.frame(app)
        #expect(!app.isCompletingView)
        let report = FollowUpReport.make(plan: Fixture.plan, ledger: app.ledger, period: app.period, today: Fixture.today)
        let expected = ReportTextRenderer(report: report, language: .sv).lines(width: 76)
        #expect(app.detail(.report)?.lines.map(\.text) == expected)
        #expect(expected.contains(Language.sv(.effect(.heading))))
    }

    /// The help overlay over a report still being worked out keeps the loop looking; the
    /// overview does not.
    @Test func onlyAReportOnScreenKeepsTheLoopLooking() {
        let app = Fixture.app()
        let held = Self.holdBack(app)
        Fixture.press(app, .character("r"))
        _ = Fixture.frame(app)
        Fixture.press(app, .character("?"))
        _ = Fixture.frame(app)
        #expect(app.isCompletingView)
        Fixture.press(app, .escape, .escape)
        #expect(app.mode == .overview && !app.isCompletingView)
        held.resume()
    }

    /// A new width while the rest is worked out: the work for the old width is cancelled and
    /// the view ends whole at the new one.
    @Test func aNewWidthCancelsTheWorkForTheOld() throws {
        let app = Fixture.app()
        let held = Self.holdBack(app)
        Fixture.press(app, .character("r"))
        _ = Fixture.frame(app)
        let first = try #require(app.reportTail?.work)
        _ = Fixture.frame(app, rows: 30, cols: 100)
        held.resume()
        app.awaitCompletedView()
        #expect(first.wait() == nil)
        let report = FollowUpReport.make(plan: Fixture.plan, ledger: app.ledger, period: app.period, today: Fixture.today)
        _ = Fixture.frame(app, rows: 30, cols: 100)
        #expect(app.detail(.report)?.lines.map(\.text) == ReportTextRenderer(report: report, language: .sv).lines(width: 96))
    }

    /// New data while the whole report is on screen: it stays, whole, until the new one is
    /// worked out, never a head with its rest missing; then the new numbers are shown.
    @Test func newDataKeepTheWholeReportUntilTheNewOneIsThere() throws {
        let store = Fixture.store()
        let app = Fixture.app(store)
        Fixture.press(app, .character("r"))
        app.awaitCompletedView()
        _ = Fixture.frame(app)
        let before = app.detail(.report)?.lines.map(\.text) ?? []
        let held = Self.holdBack(app)
        try store.append(Fixture.event(.incident(Incident(date: Fixture.today, time: ClockTime(hour: 22, minute: 15), hotSpot: "torget",
                                                          category: .skadegorelse, source: .polis))))
        app.refresh()
        _ = Fixture.frame(app)
        #expect(app.detail(.report)?.lines.map(\.text) == before)
        #expect(app.isCompletingView)
        held.resume()
        app.awaitCompletedView()
        _ = Fixture.frame(app)
        let report = FollowUpReport.make(plan: Fixture.plan, ledger: app.ledger, period: app.period, today: Fixture.today)
        let now = ReportTextRenderer(report: report, language: .sv).lines(width: 76)
        #expect(now != before)
        #expect(app.detail(.report)?.lines.map(\.text) == now)
        #expect(!app.isCompletingView)
    }

    @Test func theReportViewShowsWholeTrendWordsAndWhatWasCompared() {
        let app = Fixture.app()
        Fixture.press(app, .character("r"))
        _ = Fixture.frame(app)
        let lines = app.detail(.report)?.lines.map(\.text) ?? []
        // Hok centrum has no incidents in either tertial: the whole words, not cut.
        #expect(lines.contains { $0.contains("Hok centrum") && $0.hasSuffix("= ingen säker förändring") })
        #expect(!lines.contains { $0.contains("oföränd…") })
        // T3 runs on 2023-11-20, so it is set against as many days of T2.
        let words = lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(words.contains("under samma antal dagar av 2023 T2 maj–aug"))
        #expect(words.contains("jämförs med samma antal dagar av T2 (2023-05-01 – 2023-07-20), 81 dagar."))
    }

    @Test func aPeriodNotBegunSaysSoAndComparesNothing() {
        // On 2023-03-10 the chair steps on to T3, which begins on 1 September.
        let march = Fixture.day("2023-03-10")
        let store = Fixture.store()
        let app = DashboardApp(source: store, sink: store,
                               options: DashboardOptions(language: .sv, today: march, period: Fixture.tertial3, color: false, readOnly: false),
                               today: march, clock: { "14:02" })
        Fixture.press(app, .character("r"))
        _ = Fixture.frame(app)
        let lines = app.detail(.report)?.lines.map(\.text) ?? []
        #expect(lines.contains("  Perioden har inte börjat: 2023 T3 sep–dec börjar 2023-09-01."))
        #expect(!lines.contains { $0.contains("ingen säker förändring") || $0.contains("samma antal dagar") || $0.contains("att jämföra") })
        #expect(!lines.contains { $0.contains("T2") })
    }

    @Test func theReportFollowsThePeriodAndScrolls() {
        let app = Fixture.app()
        Fixture.press(app, .left, .character("r"))
        #expect(Fixture.frame(app).text.contains("Uppföljning 2023 T2 maj–aug"))
        Fixture.press(app, .pageDown)
        guard case .detail(.report, let scroll) = app.mode else { Issue.record("left the report"); return }
        #expect(scroll > 0)
    }

    @Test func sSavesHTMLAndMarkdown() {
        let app = Fixture.app()
        let saved = Saved()
        app.reportWriter = saved
        Fixture.press(app, .character("r"), .character("s"))
        #expect(saved.files.map(\.name) == ["uppfoljning-2023-T3.html", "uppfoljning-2023-T3.md"])
        #expect(saved.files[0].contents.contains("<svg"))
        #expect(app.message?.text.contains("reports/uppfoljning-2023-T3.html") == true)
        // Outside the report view, s does nothing.
        Fixture.press(app, .escape, .character("s"))
        #expect(saved.files.count == 2)
    }

    @Test func readOnlyRefusesToSave() {
        let app = Fixture.app(readOnly: true)
        let saved = Saved()
        app.reportWriter = saved
        Fixture.press(app, .character("r"), .character("s"))
        #expect(saved.files.isEmpty)
        #expect(app.message?.text == Language.sv(.dashboard(.readOnly)))
    }
}
