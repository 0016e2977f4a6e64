import Foundation
import Testing
import LagesbildCore
@testable import LagesbildTUI

/// The wall display on the fixture data, driven by a fake clock: pages, figures,
/// rotation, keys, the "data saknas" state and live updates.
@Suite struct WallTests {
    /// 14:02:00 on the fixture's day, `seconds` later on a monotonic clock that starts at 1000.
    static func at(_ seconds: Double, day: Day = Fixture.today) -> WallInstant {
        let total = 14 * 3600 + 2 * 60 + Int(seconds)
        return WallInstant(monotonic: 1000 + seconds, today: day, hour: total / 3600 % 24,
                           minute: total / 60 % 60, second: total % 60)
    }

    static func wall(_ store: MemoryDataStore = Fixture.store(), pages: [WallPage] = WallPage.standard,
                     rotate: Int = 15, seconds: Bool = false) -> WallApp {
        WallApp(source: store, options: WallOptions(today: Fixture.today, period: Fixture.tertial3, rotateSeconds: rotate,
                                                    pages: pages, dataPath: "/srv/lagesbild", showSeconds: seconds,
                                                    color: false),
                now: at(0))
    }

    static func frame(_ app: WallApp, rows: Int = 24, cols: Int = 80) -> GridScreen {
        let screen = GridScreen(rows: rows, cols: cols)
        app.render(on: screen)
        return screen
    }

    // MARK: Pages

    @Test func keyFiguresComeFromThePicture() throws {
        let app = Self.wall()
        let presenter = WallPresenter(plan: Fixture.plan, picture: try #require(app.picture), language: .sv)
        // Rounds in T3 (12 Sep, 10 Oct, 14 Nov) against the target of 6; Resecentrum (69 d)
        // and Hok (never) are overdue for a round; two open measures, one past its date.
        #expect(presenter.keyFigures.map(\.value) == ["3/6", "2", "2"])
        #expect(presenter.keyFigures.map(\.caption) == [
            "trygghetsrundor T3 mot mål", "hot spots utan runda på 14 d", "öppna åtgärder, varav 1 försenad",
        ])
        #expect(presenter.keyFigures.map(\.role) == [.normal, .bad, .bad])
        #expect(presenter.overdueSpotNames == ["Resecentrum", "Hok centrum"])
    }

    @Test func keyFiguresPageDrawsBlockDigitsWithCaptions() {
        let screen = Self.frame(Self.wall())
        let text = screen.text
        #expect(screen.line(0).hasPrefix(" Lägesbild · Vaggeryd 2023 · 2023 T3 sep–dec · v.47"))
        #expect(screen.line(0).hasSuffix("14:02 "))
        #expect(screen.lines[1].hasPrefix(" Nyckeltal"))
        #expect(screen.lines[1].hasSuffix("●○○○○ 1/5"))
        // At 80×24 the digits are drawn with wide pixels (2 cells by 1 row).
        for value in ["3/6", "2"] {
            for line in BlockDigits.lines(value, scaleX: 2, scaleY: 1) {
                #expect(text.contains(line.trimmingCharacters(in: .whitespaces)), "\(value): \(line)")
            }
        }
        #expect(text.contains("trygghetsrundor T3 mot mål"))
        #expect(text.contains("öppna åtgärder, varav 1 försenad"))
        #expect(text.contains("Väntar på runda: Resecentrum, Hok centrum"))
        #expect(screen.lines[23].hasPrefix(" VISNINGSSKÄRM · endast visning · q avslutar"))
        #expect(screen.lines[23].hasSuffix("data uppdaterad 14:02"))
    }

    @Test func bigScreenGetsBiggerDigits() {
        let screen = Self.frame(Self.wall(), rows: 60, cols: 200)
        let big = BlockDigits.lines("3/6", scaleX: 6, scaleY: 3)
        #expect(screen.text.contains(big[0].trimmingCharacters(in: .whitespaces)))
    }

    @Test func everyPageShowsItsFigures() {
        let app = Self.wall(pages: [.overview, .hotspots, .activities, .measures], rotate: 1)
        var texts: [String] = []
        for step in 0..<4 {
            app.tick(at: Self.at(Double(step) + 0.001))
            texts.append(Self.frame(app).text)
        }
        #expect(texts[0].contains("┌─ Fokusområden ─"))
        #expect(texts[0].contains("│ Rundor    3/6 "))
        #expect(texts[1].contains(" Hot spots efter prioritet"))
        #expect(texts[1].contains("Trend   Typ Händ.  Före Rundor Senast"))
        #expect(texts[1].contains("│ 1. Resecentrum (Vaggeryd)"))
        #expect(texts[1].contains("69 d !"))
        #expect(texts[2].contains("Trygghetsrundor"))
        #expect(texts[2].contains("▓▓▓▓▓░░░░░ 3/6      i fas"))
        #expect(texts[2].contains("2/9 efter plan"))
        #expect(texts[3].contains("Byta belysning (Kommunen)"))
        #expect(texts[3].contains("2023-10-15 ! försenad"))
        #expect(texts[3].contains("Fler rundor kvällstid (Polisen)"))
    }

    @Test func sparklinesEndAtThisWeek() {
        // Rounds in T3 on 12 Sep (W37), 10 Oct (W41) and 14 Nov (W46); today is Monday of W47.
        // The newest cell is this week's, not an empty week still to come.
        for page in [WallPage.overview, .activities] {
            let lines = Self.frame(Self.wall(pages: [page], rotate: 0)).lines
            let row = lines.first { $0.contains("│ Rundor ") } ?? ""
            #expect(row.contains("█· │") || row.hasSuffix("█·"), "\(page): \(row)")
        }
    }

    @Test func aPeriodWithoutAPlanIsShownCountedWithoutTargets() {
        // As in the dashboard: the period asked for, with no promises to set against.
        for asked in ["2024-T1", "2024", "2022-W30"] {
            let app = WallApp(source: Fixture.store(), options: WallOptions(today: Fixture.today, period: Period(asked)!,
                                                                             rotateSeconds: 0, color: false), now: Self.at(0))
            #expect(app.period == Period(asked)!, "\(asked)")
            #expect(app.picture?.period == Period(asked)!)
            #expect(app.plan?.hasTargets == false && app.picture?.promises.isEmpty == true)
        }
        let app = WallApp(source: Fixture.store(), options: WallOptions(today: Fixture.today, period: Period("2024-T1")!,
                                                                         rotateSeconds: 0, pages: [.activities], color: false), now: Self.at(0))
        #expect(Self.frame(app).text.contains("Ingen plan för 2024"))
    }

    @Test func tooSmallTerminalSaysWhatItNeeds() {
        let text = Self.frame(Self.wall(), rows: 20, cols: 60).text
        #expect(text.contains("Fönstret är för litet (60×20)"))
    }

    // MARK: Block digits

    @Test func blockDigitsHaveFixedShapes() {
        #expect(BlockDigits.lines("10") == [
            " █  ███",
            "██  █ █",
            " █  █ █",
            " █  █ █",
            "███ ███",
        ])
        #expect(BlockDigits.width("10") == 7)
        #expect(BlockDigits.width("10", scaleX: 2) == 14)
        #expect(BlockDigits.lines("7", scaleX: 2, scaleY: 2) == [
            "██████", "██████", "    ██", "    ██", "  ██  ", "  ██  ", "  ██  ", "  ██  ", "  ██  ", "  ██  ",
        ])
        #expect(BlockDigits.canDraw("12/30"))
        #expect(!BlockDigits.canDraw("12a"))
        #expect(!BlockDigits.canDraw(""))
    }

    // MARK: Rotation and the clock

    @Test func pagesRotateOnTheClock() {
        let app = Self.wall()
        app.markDrawn()
        app.tick(at: Self.at(14.9))
        #expect(app.page == .figures)
        #expect(!app.needsRedraw)
        app.tick(at: Self.at(15))
        #expect(app.page == .overview)
        #expect(app.needsRedraw)
        #expect(app.pageIndicator == "○●○○○ 2/5")
        for step in 2...5 { app.tick(at: Self.at(Double(step) * 15)) }
        #expect(app.page == .figures)   // round the loop and back
    }

    @Test func noRotationWithZeroSecondsOrOnePage() {
        let still = Self.wall(rotate: 0)
        still.tick(at: Self.at(600))
        #expect(still.page == .figures)
        let single = Self.wall(pages: [.hotspots])
        single.tick(at: Self.at(600))
        #expect(single.page == .hotspots)
        #expect(single.pageIndicator == "")
    }

    @Test func idleTicksRedrawOnlyWhenTheClockLineChanges() {
        let app = Self.wall(rotate: 0)
        app.markDrawn()
        for second in 1...57 {
            app.tick(at: Self.at(Double(second)))
            #expect(!app.needsRedraw, "second \(second)")
        }
        app.tick(at: Self.at(60))   // 14:03
        #expect(app.needsRedraw)
        #expect(Self.frame(app).line(0).hasSuffix("14:03 "))

        let withSeconds = Self.wall(rotate: 0, seconds: true)
        withSeconds.markDrawn()
        withSeconds.tick(at: Self.at(1))
        #expect(withSeconds.needsRedraw)
        #expect(Self.frame(withSeconds).line(0).hasSuffix("14:02:01 "))
    }

    // MARK: Keys

    @Test func onlyQAndCtrlCQuitAndNoOtherKeyChangesAnything() {
        let store = Fixture.store()
        let app = Self.wall(store)
        app.markDrawn()
        let before = Self.frame(app).text
        let printable = (0x20...0x7E).map { Character(Unicode.Scalar(UInt8($0))) }.filter { $0 != "q" }
        var keys: [KeyEvent] = printable.map { .character($0) }
        keys += [.enter, .escape, .tab, .backTab, .up, .down, .left, .right, .pageUp, .pageDown, .home, .end,
                 .backspace, .delete, .function(1), .function(5), .control("s"), .control("n"), .character("Q"),
                 .character("ö")]
        for key in keys {
            #expect(app.handle(key), "\(key) must not quit")
        }
        #expect(!app.needsRedraw)
        #expect(app.page == .figures)
        #expect(store.events.count == Fixture.records.count)
        #expect(Self.frame(app).text == before)
        #expect(!app.handle(.character("q")))
        #expect(!app.handle(.control("c")))
    }

    @Test func resizeRedraws() {
        let app = Self.wall()
        app.markDrawn()
        #expect(app.handle(.resize))
        #expect(app.needsRedraw)
    }

    // MARK: Data

    @Test func missingDataShowsDataSaknasAndRecovers() {
        let store = Fixture.store()
        let app = Self.wall(store)
        app.markDrawn()
        store.available = false
        app.tick(at: Self.at(0.5))
        #expect(app.dataAvailable)   // not polled again before a second has passed
        app.tick(at: Self.at(1))
        #expect(!app.dataAvailable)
        #expect(app.needsRedraw)
        let missing = Self.frame(app)
        #expect(missing.line(0).contains("DATA SAKNAS  14:02"))
        #expect(missing.text.contains("Datamappen går inte att läsa: /srv/lagesbild"))
        #expect(missing.lines[23].hasSuffix("data uppdaterad 14:02"))
        // The page does not rotate away from the message while the data is missing.
        app.tick(at: Self.at(40))
        #expect(app.page == .figures)
        #expect(Self.frame(app).text.contains("DATA SAKNAS"))

        store.available = true
        app.tick(at: Self.at(41))
        #expect(app.dataAvailable)
        let back = Self.frame(app).text
        #expect(!back.contains("DATA SAKNAS"))
        #expect(back.contains("trygghetsrundor T3 mot mål"))
        // The same data read again is not new data.
        #expect(app.freshnessText == "data uppdaterad 14:02")
    }

    @Test func newEventsChangeTheFiguresAndTheFreshness() throws {
        let store = Fixture.store()
        let app = Self.wall(store, rotate: 0)
        app.markDrawn()
        let hok = Round(date: Fixture.day("2023-11-19"), hotSpots: ["hok"], participants: [.polis: 1])
        try store.append(Fixture.event(.round(hok)))
        app.tick(at: Self.at(185))   // 14:05
        #expect(app.needsRedraw)
        let presenter = WallPresenter(plan: Fixture.plan, picture: try #require(app.picture), language: .sv)
        #expect(presenter.keyFigures.map(\.value) == ["4/6", "1", "2"])
        #expect(app.freshnessText == "data uppdaterad 14:05")
        #expect(Self.frame(app).text.contains("Väntar på runda: Resecentrum"))
    }

    @Test func freshnessFromAnEarlierDayNamesTheDay() {
        let app = Self.wall()
        app.tick(at: Self.at(86_400, day: Fixture.day("2023-11-21")))
        #expect(app.freshnessText == "data uppdaterad 20 nov 14:02")
        #expect(WallApp(source: Fixture.store(), options: WallOptions(language: .en, today: Fixture.today), now: Self.at(0))
            .freshnessText == "data updated 14:02")
    }

    @Test func noPlanYetSaysSoAndWhy() {
        let source = ScriptedSource([DataSnapshot(available: true, plan: nil, newEvents: [], restarted: false,
                                                  diagnostics: [Diagnostic(.error, file: "plan.yaml", .unreadable("Permission denied"))])])
        let app = WallApp(source: source, options: WallOptions(today: Fixture.today), now: Self.at(0))
        let text = Self.frame(app).text
        #expect(text.contains("ingen plan inläst"))
        #expect(text.contains("plan.yaml: fel: "))
        #expect(text.contains("Permission denied"))
    }

    // MARK: Options

    @Test func pageListsParse() throws {
        #expect(try WallPage.parseList("figures, hotspots,figures").get() == [.figures, .hotspots])
        #expect(throws: WallPage.UnknownPage.self) { try WallPage.parseList("figures,charts").get() }
        #expect(throws: WallPage.UnknownPage.self) { try WallPage.parseList(",").get() }
    }
}

/// Hands out prepared snapshots, one per look, then repeats the last one.
final class ScriptedSource: EventSource {
    private var snapshots: [DataSnapshot]

    init(_ snapshots: [DataSnapshot]) { self.snapshots = snapshots }

    func refresh() -> DataSnapshot { snapshots.count > 1 ? snapshots.removeFirst() : snapshots[0] }
}
