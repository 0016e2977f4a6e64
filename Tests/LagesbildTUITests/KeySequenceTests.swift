import Testing
import LagesbildCore
@testable import LagesbildTUI

/// State changes driven by key sequences, without a terminal.
@Suite struct KeySequenceTests {
    @Test func tabMovesFocusAcrossPanels() {
        let app = Fixture.app()
        #expect(app.focus == .hotSpots)
        Fixture.press(app, .tab)
        #expect(app.focus == .activities)
        Fixture.press(app, .tab)
        #expect(app.focus == .focusAreas)
        Fixture.press(app, .backTab)
        #expect(app.focus == .activities)
        Fixture.press(app, .character("h"), .character("l"), .character("l"))
        #expect(app.focus == .focusAreas)
        // The focused panel's frame and selected row are drawn differently.
        let screen = Fixture.frame(app)
        guard case .dashboard(let f) = app.layout(rows: 24, cols: 80) else { Issue.record("no layout"); return }
        #expect(screen.role(row: 1, col: 0) == .focusedFrame)
        #expect(screen.role(row: 1, col: f.panels[1].col) == .frame)
        #expect(screen.role(row: 3, col: 5) == .selected)
    }

    @Test func arrowsAndVimKeysMoveTheSelection() {
        let app = Fixture.app()
        Fixture.press(app, .down)
        #expect(app.selectedTarget(.hotSpots) == .hotSpot("hok"))
        Fixture.press(app, .character("j"), .character("j"))
        #expect(app.selectedTarget(.hotSpots) == .hotSpot("torget"))   // stops at the last row
        Fixture.press(app, .character("k"))
        #expect(app.selectedTarget(.hotSpots) == .hotSpot("hok"))
        Fixture.press(app, .home)
        #expect(app.selectedTarget(.hotSpots) == .hotSpot("resecentrum"))
        Fixture.press(app, .end)
        #expect(app.selectedTarget(.hotSpots) == .hotSpot("torget"))
        Fixture.press(app, .pageUp)
        #expect(app.selectedTarget(.hotSpots) == .hotSpot("resecentrum"))
        // Headings are skipped: the first selectable row of the focus panel is a promise.
        Fixture.press(app, .backTab)
        #expect(app.selectedTarget(.focusAreas) == .promise("l1"))
        Fixture.press(app, .pageDown)
        #expect(app.selectedTarget(.focusAreas) == .promise("l3"))
    }

    @Test func enterDrillsIntoTopHotSpotAndEscReturns() {
        let app = Fixture.app()
        Fixture.press(app, .enter)
        #expect(app.mode == .detail(.hotSpot("resecentrum"), scroll: 0))
        let text = Fixture.frame(app).text
        #expect(text.contains("┌─ Resecentrum "))
        // 3 against 1 is no tested rise (p = 0.625): the mark and its words.
        #expect(text.contains("Händelser i perioden: 3 (före: 1) ≈ ingen säker förändring"))
        #expect(text.contains("Rundor i perioden: 1"))
        #expect(text.contains("Senaste runda: 69 d sedan ! försenad"))
        // W35 up to this week, W47: incidents in W44, W45 and W46.
        #expect(text.contains("Händelser per vecka  ·········███· "))
        // Overdue measures first, and marked.
        let lines = Fixture.frame(app).lines
        let overdue = lines.firstIndex { $0.contains("! 2023-10-15  Byta belysning (Kommunen) · försenad") }
        let open = lines.firstIndex { $0.contains("2023-12-01  Fler rundor kvällstid (Polisen)") }
        #expect(overdue != nil && open != nil && overdue! < open!)
        // Further down: when (the shaded matrix), then the incidents.
        Fixture.press(app, .end)
        let rest = Fixture.frame(app).text
        #expect(rest.contains("När (veckodag × timme)"))
        #expect(rest.contains("2023-11-18 22:10  ordningsstörning (kollektivtrafik)  Bråk vid bussen"))
        Fixture.press(app, .escape)
        #expect(app.mode == .overview)
        #expect(Fixture.frame(app).text.contains("┌─ ▶ Hot spots"))
    }

    @Test func enterOnPromiseListsCountedActivities() {
        let app = Fixture.app()
        Fixture.press(app, .backTab, .down, .down, .enter)
        #expect(app.mode == .detail(.promise("l3"), scroll: 0))
        let text = Fixture.frame(app).text
        #expect(text.contains("Trafikkontroller"))
        // A yearly target is judged over the year, whatever period is viewed.
        #expect(text.contains("Utfört 2 av 9"))
        #expect(text.contains("2023-11-02  insats trafik  Väg 40 (polis)"))
        #expect(text.contains("2023-10-05  insats trafik  Hok centrum (polis)"))
    }

    @Test func periodKeysChangeThePeriodAndTheHeader() {
        let app = Fixture.app()
        #expect(app.period == Fixture.tertial3)
        Fixture.press(app, .left)
        #expect(app.period == Period("2023-T2")!)
        #expect(Fixture.frame(app).lines[0].contains("2023 T2 maj–aug · v.35"))
        Fixture.press(app, .right, .right)
        // → stops at the last year that has a plan or a record, and says why.
        #expect(app.period == Fixture.tertial3)
        #expect(Fixture.frame(app).lines[23].contains("Inga planer eller poster efter 2023"))
        Fixture.press(app, .character("t"))
        #expect(app.period == Fixture.tertial3)
        #expect(!Fixture.frame(app).lines[23].contains("Inga planer"))
        // p cycles tertial → year → week → tertial, keeping the picture's day in view.
        Fixture.press(app, .character("p"))
        #expect(app.period == Period("2023")!)
        Fixture.press(app, .character("p"))
        #expect(app.period == Period("2023-W47")!)
        #expect(Fixture.frame(app).lines[0].contains("Vaggeryd 2023 · 2023 v.47 "))
        #expect(!Fixture.frame(app).lines[0].contains("v.47 · v.47"))
        Fixture.press(app, .character("p"))
        #expect(app.period == Fixture.tertial3)
    }

    @Test func startsOnTheLatestPeriodWithDataWhenTodaysYearHasNoPlan() {
        let store = Fixture.store()
        let today = Day(iso: "2026-11-25")!
        let app = DashboardApp(source: store, sink: store, options: DashboardOptions(today: today), today: today)
        #expect(app.period == Period("2023-T3")!)
        // Said at once, before any key: the header names the year without a plan, the footer why.
        let first = Fixture.frame(app)
        #expect(first.lines[0].contains("Vaggeryd 2023 · 2023 T3") && first.lines[0].contains("ingen plan för 2026"))
        #expect(first.lines[23].contains("Ingen plan för 2026 – visar senaste perioden med data"))
        // t goes to today all the same: counted, no targets, and the view says so.
        Fixture.press(app, .character("t"))
        #expect(app.period == Period("2026-T3")!)
        let frame = Fixture.frame(app)
        #expect(frame.lines[0].contains("Vaggeryd 2026 · 2026 T3") && frame.lines[0].contains("ingen plan för 2026"))
        // The focus-area panel says why it has no promises, wrapped inside its frame.
        #expect(frame.lines[2].contains("Ingen plan för 2026") && frame.text.contains("lagesbild init"))
        #expect(app.picture?.promises.isEmpty == true)
    }

    @Test func periodsStayWithinTheYearsThatHaveAPlanOrRecords() {
        let app = Fixture.app(period: Period("2023-T1")!)
        Fixture.press(app, .left)
        #expect(app.period == Period("2023-T1")!)
        #expect(Fixture.frame(app).lines[23].contains("Inga planer eller poster före 2023"))
        Fixture.press(app, .character("p"), .right, .left)
        #expect(app.period == Period("2023")!)
        let week = Fixture.app(period: Period("2023-W52")!)
        Fixture.press(week, .right, .right)
        #expect(week.period == Period("2023-W52")!)
        // Asked for a period of another year, the dashboard shows it, without targets.
        let started = Fixture.app(period: Period("2025-W10")!)
        #expect(started.period == Period("2025-W10")!)
        #expect(Fixture.frame(started).lines[0].contains("ingen plan för 2025"))
        // ← from outside the years with data enters them at their nearest end.
        Fixture.press(started, .left)
        #expect(started.period == Period("2023-W52")!)
        Fixture.press(started, .character("t"))
        #expect(started.period == Period("2023-W47")!)
    }

    @Test func cyclingToWeeksKeepsToThePlansIsoYear() {
        // 1 January 2021 lies in week 53 of 2020; a 2021 plan starts the week view at 2021-W01.
        var plan = Fixture.plan
        plan.year = 2021
        let store = MemoryDataStore(plan: plan)
        let today = Day(iso: "2020-12-01")!
        let app = DashboardApp(source: store, sink: store, options: DashboardOptions(today: today), today: today)
        #expect(app.period == Period("2021-T1")!)
        Fixture.press(app, .character("p"), .character("p"))
        #expect(app.period == Period("2021-W01")!)
    }

    @Test func nextYearsPlanIsReachedWithRightAndCountsAgainstItsOwnTargets() {
        let store = Fixture.store()
        let app = Fixture.app(store)
        #expect(app.period == Fixture.tertial3)
        var next = Fixture.plan
        next.year = 2024
        next.promises = next.promises.map { var p = $0; p.target += 7; return p }
        store.plans = [Fixture.plan, next]
        app.refresh()
        #expect(app.period == Fixture.tertial3)
        Fixture.press(app, .right)
        #expect(app.period == Period("2024-T1")!)
        #expect(app.plan?.year == 2024 && app.plan?.hasTargets == true)
        func targets(_ plan: Plan, _ period: Period) -> [Int] {
            plan.promises.map { SituationAnalyzer.target(of: $0, over: SituationAnalyzer.span(of: $0, viewing: period)) }
        }
        #expect(app.picture?.promises.map(\.target) == targets(next, Period("2024-T1")!))
        Fixture.press(app, .left)
        #expect(app.picture?.promises.map(\.target) == targets(Fixture.plan, Fixture.tertial3))
        #expect(targets(next, Period("2024-T1")!) != targets(Fixture.plan, Fixture.tertial3))
    }

    @Test func helpOverlayAt80ColumnsCutsNoLabel() {
        let app = Fixture.app()
        Fixture.press(app, .character("?"))
        // One column at 80×24: scrolling through it shows every label whole.
        var text = Fixture.frame(app).text
        for _ in 0..<80 {
            Fixture.press(app, .down)
            text += Fixture.frame(app).text
        }
        for binding in KeyMap.bindings {
            #expect(text.contains(Language.sv(.dashboard(binding.label))), "label of \(binding.action) cut or missing")
        }
    }

    @Test func helpOverlayListsEveryAction() {
        let app = Fixture.app()
        Fixture.press(app, .character("?"))
        // The table is taller than 24 rows: ↓ scrolls the overlay; collect every frame.
        var text = Fixture.frame(app, cols: 100).text
        for _ in 0..<KeyMap.bindings.count {
            Fixture.press(app, .down)
            text += Fixture.frame(app, cols: 100).text
        }
        for binding in KeyMap.bindings {
            #expect(text.contains(binding.keyLabel), "key \(binding.keyLabel)")
            #expect(text.contains(Language.sv(.dashboard(binding.label))), "label of \(binding.action)")
        }
        #expect(Set(KeyMap.bindings.map(\.action)) == Set(KeyAction.allCases))
        Fixture.press(app, .escape)
        #expect(app.mode == .overview)
    }

    @Test func footerHintsComeFromTheKeyTable() {
        let footer = Fixture.frame(Fixture.app()).lines[23]
        #expect(footer.hasPrefix(" ? hjälp  q avsluta  Tab panel  Enter visa  ←→ period  / sök  n runda  m åtgärd"))
        for hint in FooterBar.hints(scope: .dashboard, language: .sv, width: 80) {
            #expect(KeyMap.bindings.contains { b in
                b.footerKey.map { Language.sv(.dashboard($0)) } ?? b.keys.first?.label == hint.key
            })
        }
    }

    @Test func slashFiltersByName() {
        let app = Fixture.app()
        Fixture.press(app, .character("/"))
        Fixture.type(app, "tor")
        var screen = Fixture.frame(app)
        #expect(screen.lines[23].hasPrefix(" Sök: tor"))
        #expect(screen.cursor?.row == 23)
        Fixture.press(app, .enter)
        screen = Fixture.frame(app)
        #expect(screen.text.contains("Torget"))
        #expect(!screen.text.contains("Resecentrum"))
        #expect(screen.lines[0].contains("filter: “tor”"))
        #expect(app.selectedTarget(.hotSpots) == .hotSpot("torget"))
        // Esc in the overview clears the filter.
        Fixture.press(app, .escape)
        #expect(Fixture.frame(app, rows: 40, cols: 120).text.contains("Resecentrum"))
        // Esc while typing restores the previous filter.
        Fixture.press(app, .character("/"))
        Fixture.type(app, "xyz")
        #expect(Fixture.frame(app).text.contains("inga träffar"))
        Fixture.press(app, .escape)
        #expect(app.filter.name == "")
    }

    @Test func fFiltersByFocusArea() {
        let app = Fixture.app()
        Fixture.press(app, .character("f"))
        #expect(app.filter.focusArea == "trygghet")
        let text = Fixture.frame(app, rows: 40, cols: 120).text
        #expect(text.contains("Trygghetsrundor"))
        #expect(!text.contains("Trafikkontroller"))
        #expect(!text.contains("Hok centrum"))
        Fixture.press(app, .character("f"), .character("f"), .character("f"))
        #expect(app.filter.focusArea == nil)
    }

    @Test func qQuits() {
        let app = Fixture.app()
        #expect(Fixture.press(app, .down, .tab) == true)
        #expect(app.handle(.character("q")) == false)
    }

    @Test func newEventsArePickedUpOnTheTick() throws {
        let store = Fixture.store()
        let app = Fixture.app(store)
        try store.append(Fixture.event(.incident(Incident(date: Fixture.day("2023-11-19"), hotSpot: "torget",
                                                          category: .klotter, source: .skola))))
        Fixture.press(app, .timeout)
        let torget = app.picture?.hotSpots.first { $0.hotSpot.id == "torget" }
        #expect(torget?.incidents == 2)
    }
}
