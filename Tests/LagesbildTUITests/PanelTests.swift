import Testing
import LagesbildCore
@testable import LagesbildTUI

/// Each panel drawn on a grid from the fixture plan and records, compared as text.
@Suite struct PanelTests {
    func panelLines(_ id: PanelID, rows: Int = 40, cols: Int = 120) -> [String] {
        let app = Fixture.app()
        let screen = Fixture.frame(app, rows: rows, cols: cols)
        guard case .dashboard(let f) = app.layout(rows: rows, cols: cols) else { return [] }
        return screen.lines(in: f.panels[id.rawValue])
    }

    @Test func header() {
        let screen = Fixture.frame(Fixture.app())
        #expect(screen.lines[0] == " Lägesbild · Vaggeryd 2023 · 2023 T3 sep–dec · v.47                       14:02")
        #expect(screen.role(row: 0, col: 0) == .header)
    }

    @Test func focusAreasPanel() {
        let lines = panelLines(.focusAreas)
        #expect(Array(lines.prefix(8)) == [
            // The promises take what the hot spots (as wide as their names) leave.
            "┌─ Fokusområden ──────────────────────────────────────────┐",
            "│ Ökad trygghet                                           │",
            "│  Trygghetsrundor                             ▓▓░░ 3/6   │",
            "│ Narkotikabrottslighet                                   │",
            "│  Narkotikainsatser                           ▓▓░░ 1/2   │",
            "│ Trafiksäkerhet                                          │",
            "│  Trafikkontroller                            ▓░░░ 2/9 ! │",
            "│                                                         │",
        ])
    }

    @Test func hotSpotsPanelRankedByPriority() {
        let lines = panelLines(.hotSpots)
        #expect(Array(lines.prefix(5)) == [
            // Column heads; the panel as wide as its longest name needs.
            // Trend and kind (T) in one cell; no place is a hot spot over the twelve weeks here.
            "┌─ ▶ Hot spots ───────────────┐",
            "│ plats       ±T händ runda   │",
            "│▸Resecentrum ≈     3  69 d ! │",
            "│ Hok centrum =     0     – ! │",
            "│ Torget      ≈     1   6 d   │",
        ])
    }

    @Test func fourDigitIncidentCountsAreShownWhole() {
        let busy = (0..<1234).map { n in
            Record.incident(Incident(date: Fixture.day("2023-11-01").adding(days: n % 19), hotSpot: "torget",
                                     category: .klotter, source: .kommun))
        }
        let app = Fixture.app(MemoryDataStore(plan: Fixture.plan, events: (Fixture.records + busy).map(Fixture.event)))
        let screen = GridScreen(rows: 24, cols: 80)
        app.render(on: screen)
        guard case .dashboard(let f) = app.layout(rows: 24, cols: 80) else { Issue.record("no layout"); return }
        let row = screen.lines(in: f.panels[PanelID.hotSpots.rawValue]).first { $0.contains("Torget") } ?? ""
        #expect(row.contains(" 1235 "), "\(row)")
        #expect(!row.contains("…"))
    }

    @Test func activitiesPanel() {
        let lines = panelLines(.activities)
        #expect(Array(lines.prefix(5)) == [
            "┌─ Aktiviteter T3 ───────────┐",
            // The sparkline ends at today's week (W47), none to come; the newest twelve fit.
            // Rounds in W37, W41, W46; narkotika W39; trafik W40, W44.
            "│ Rundor    3/6 ·█···█····█· │",
            "│ Narkotika 1/2 ···█········ │",
            "│ Trafik    2/3 ····█···█··· │",
            "│                            │",
        ])
    }

    @Test func standardSizeKeepsEveryPanelEdge() {
        let screen = Fixture.frame(Fixture.app())
        for row in 1..<23 {
            let line = screen.line(row)
            #expect(TextWidth.width(line) == 80, "row \(row): \(line)")
            #expect(line.hasSuffix("┐") || line.hasSuffix("│") || line.hasSuffix("┘"), "row \(row): \(line)")
        }
    }

    @Test func englishLabels() {
        let app = Fixture.app(language: .en)
        let text = Fixture.frame(app).text
        #expect(text.contains("Focus areas"))
        #expect(text.contains("Activities T3"))
        #expect(text.contains("? help"))
        #expect(text.contains("Rounds"))
    }

    @Test func userTextIsSanitized() {
        var plan = Fixture.plan
        plan.hotSpots[0].name = "Rese\u{1B}[2Jcentrum"
        let store = MemoryDataStore(plan: plan, events: Fixture.records.map(Fixture.event))
        let text = Fixture.frame(Fixture.app(store), rows: 40, cols: 120).text
        #expect(text.contains("Rese^[[2Jcentrum"))
        #expect(!text.contains("\u{1B}"))
    }
}

@Suite struct HotSpotMeasureListTests {
    @Test func showsWhatWasDecidedInThePeriodWithItsStatus() {
        let doneNow = Measure(hotSpot: "torget", what: "Beskära buskage", responsible: "Parkenheten",
                              decided: Fixture.day("2023-09-05"), due: Fixture.day("2023-10-01"), status: .done)
        let doneLongAgo = Measure(hotSpot: "torget", what: "Ny papperskorg", responsible: "Gatuenheten",
                                  decided: Fixture.day("2023-02-01"), due: Fixture.day("2023-03-01"), status: .done)
        let store = MemoryDataStore(plan: Fixture.plan,
                                    events: (Fixture.records + [.measure(doneNow), .measure(doneLongAgo)]).map(Fixture.event))
        let app = Fixture.app(store)
        let lines = app.detail(.hotSpot("torget"))?.lines.map(\.text) ?? []
        #expect(lines.contains { $0.contains("Beskära buskage") && $0.hasSuffix("· " + Language.sv(.measureStatus(.done))) })
        #expect(!lines.contains { $0.contains("Ny papperskorg") })
        // Open measures stay listed whenever they were decided.
        let spot = app.detail(.hotSpot("resecentrum"))?.lines.map(\.text) ?? []
        #expect(spot.contains { $0.contains("Byta belysning") })
    }
}

/// `/` finds a place typed without å, ä and ö, and the hot-spot panel at 80 columns keeps
/// names whole where its content allows, under column heads.
@Suite struct FilterAndWidthTests {
    @Test func filterIgnoresCaseAndDiacritics() {
        let f = DashboardFilter(name: "lov")
        #expect(f.matches(["Lövåsparken"]))
        #expect(DashboardFilter(name: "HJORTSJO").matches(["Hjortsjöns badplats"]))
        #expect(DashboardFilter(name: "öst").matches(["Östra parken"]))
        #expect(!DashboardFilter(name: "lov").matches(["Torget"]))
    }

    @Test func hotSpotPanelAt80ColumnsHasHeadsAndWholeNames() {
        var generator = SampleGenerator(options: .init(seed: 2023))
        let (plan, events) = generator.generate()
        let app = DashboardApp(source: MemoryDataStore(plan: plan, events: events), sink: nil,
                               options: DashboardOptions(today: Fixture.today, color: false, readOnly: true), today: Fixture.today)
        let screen = Fixture.frame(app)
        guard case .dashboard(let f) = app.layout(rows: 24, cols: 80) else { Issue.record("no layout"); return }
        let lines = screen.lines(in: f.panels[PanelID.hotSpots.rawValue])
        #expect(lines[1].contains("plats") && lines[1].contains("händ") && lines[1].contains("runda"), "\(lines[1])")
        // Wider than the old third of the screen (28), and names of up to 12 letters whole;
        // at 100 columns and more every name of the sample is whole.
        #expect(f.panels[1].width > 28)
        for name in ["Lövåsparken", "Hoks centrum", "Mossleskolan", "Vaggeryds IP"] {
            #expect(lines.contains { $0.contains(name + " ") }, "\(name) cut: \(lines)")
        }
    }
}

extension FilterAndWidthTests {
    @Test func atOneHundredColumnsEveryHotSpotNameIsWhole() {
        var generator = SampleGenerator(options: .init(seed: 2023))
        let (plan, events) = generator.generate()
        let app = DashboardApp(source: MemoryDataStore(plan: plan, events: events), sink: nil,
                               options: DashboardOptions(today: Fixture.today, color: false, readOnly: true), today: Fixture.today)
        let screen = Fixture.frame(app, rows: 30, cols: 100)
        guard case .dashboard(let f) = app.layout(rows: 30, cols: 100) else { Issue.record("no layout"); return }
        let lines = screen.lines(in: f.panels[PanelID.hotSpots.rawValue])
        for spot in plan.hotSpots where spot.active {
            #expect(lines.contains { $0.contains(spot.name + " ") }, "\(spot.name) cut")
        }
    }
}
