import Foundation
import Testing
import LagesbildCore
@testable import LagesbildTUI

/// Names cut to a narrow column stay distinguishable: `TextWidth.distinctLabels` on its
/// own, and the hot-spot panels of the dashboard and the wall at 80×24 on the sample folder.
@Suite struct DistinctLabelTests {
    /// The hot spots of `sample-data` (`lagesbild generate --seed 2023`).
    static let sampleNames = SampleGenerator(options: .init(seed: 2023)).plan.hotSpots.map(\.name)

    @Test func aSharedLeadingWordShrinksToItsInitialOnlyWhereCutNamesWouldClash() {
        let names = ["Skillingaryds resecentrum", "Skillingaryds centrum", "Vaggeryds resecentrum", "Vaggeryds IP",
                     "Hokskolan", "Folkets park Skillingaryd"]
        #expect(TextWidth.distinctLabels(names, columns: 10) == [
            "S. resece…", "S. centrum", "V. resece…", "V. IP", "Hokskolan", "Folkets p…",
        ])
        // With room enough to tell them apart, the plain cut stays.
        #expect(TextWidth.distinctLabels(["Vaggeryds resecentrum", "Vaggeryds IP"], columns: 14)
                == ["Vaggeryds res…", "Vaggeryds IP"])
    }

    @Test func namesWithoutASharedWordAreCutInTheMiddle() {
        // å, ä and ö take one cell each.
        #expect(TextWidth.distinctLabels(["Hjortsjöskolan", "Hjortsjöns badplats"], columns: 8) == ["Hjo…olan", "Hjo…lats"])
        #expect(TextWidth.distinctLabels(["Hjortsjöskolan", "Hjortsjöns badplats"], columns: 10) == ["Hjortsjös…", "Hjortsjön…"])
        // A name that is all of another's leading words keeps a word of its own.
        #expect(TextWidth.distinctLabels(["Torget Vaggeryd", "Torget Vaggeryd norra"], columns: 10) == ["Torg…geryd", "Torg…norra"])
    }

    @Test func equalNamesStayEqualAndWideCharactersStayWhole() {
        #expect(TextWidth.distinctLabels(["Lövåsparken östra", "Lövåsparken östra"], columns: 8) == ["Lövåspa…", "Lövåspa…"])
        let wide = TextWidth.distinctLabels(["日本日本日本 北", "日本日本日本 南"], columns: 9)
        #expect(wide[0] != wide[1])
        #expect(wide.allSatisfy { TextWidth.width($0) <= 9 })
        #expect(TextWidth.distinctLabels(["+Skillingaryds torg", "+Skillingaryds park"], columns: 9) == ["+S. torg", "+S. park"])
    }

    @Test func everySampleHotSpotGetsItsOwnLabelAtEveryWidth() {
        for columns in 3...30 {
            let labels = TextWidth.distinctLabels(Self.sampleNames, columns: columns)
            #expect(labels.allSatisfy { TextWidth.width($0) <= columns }, "\(columns): \(labels)")
            if columns >= 6 { #expect(Set(labels).count == labels.count, "\(columns): \(labels)") }
        }
    }

    /// The labels of a hot-spot panel as drawn: the text between the margin and the trend arrow.
    static func hotSpotLabels(_ lines: [String]) -> [String] {
        lines.dropFirst().dropLast().compactMap { line -> String? in
            let inner = line.dropFirst(2)
            guard let arrow = inner.firstRange(of: /\s[▲▼=≈][A-ZÅÄÖ ]\s/) else { return nil }
            return String(inner[..<arrow.lowerBound]).trimmingCharacters(in: .whitespaces)
        }
    }

    static func sampleStore() -> MemoryDataStore {
        var generator = SampleGenerator(options: .init(seed: 2023))
        let (plan, events) = generator.generate()
        return MemoryDataStore(plan: plan, events: events)
    }

    @Test func theDashboardHotSpotPanelAt80ColumnsNamesEverySpotDistinctly() throws {
        let app = DashboardApp(source: Self.sampleStore(), sink: nil,
                               options: DashboardOptions(language: .sv, today: Fixture.today, color: false, readOnly: true),
                               today: Fixture.today)
        let screen = Fixture.frame(app)
        guard case .dashboard(let frame) = app.layout(rows: 24, cols: 80) else { Issue.record("no dashboard layout"); return }
        let labels = Self.hotSpotLabels(screen.lines(in: frame.panels[PanelID.hotSpots.rawValue]))
        #expect(labels.count == Self.sampleNames.count)
        #expect(Set(labels).count == labels.count, "\(labels)")
        // The panel takes the room its names need: short ones whole, long ones still distinct.
        #expect(labels.contains("Vaggeryds IP") && labels.contains("Lövåsparken") && labels.contains("Hokskolan"))
    }

    @Test func theWallOverviewAt80ColumnsNamesEverySpotDistinctly() {
        let wall = WallApp(source: Self.sampleStore(),
                           options: WallOptions(today: Fixture.today, period: Fixture.tertial3, rotateSeconds: 0, pages: [.overview],
                                                dataPath: "/srv/lagesbild", showSeconds: false, color: false),
                           now: WallTests.at(0))
        let screen = WallTests.frame(wall)
        let body = Rect(row: 2, col: 0, height: 24 - 3, width: 80)
        let labels = Self.hotSpotLabels(screen.lines(in: WallApp.columns(of: body, weights: [1, 1, 1])[1]))
        #expect(labels.count == Self.sampleNames.count)
        #expect(Set(labels).count == labels.count, "\(labels)")
    }

    @Test func theWallMeasurePageKeepsPlacesApart() {
        var plan = Fixture.plan
        plan.hotSpots += [
            HotSpot(id: "norra", name: "Skillingaryds idrottsplats norra", locality: "Skillingaryd"),
            HotSpot(id: "sodra", name: "Skillingaryds idrottsplats södra", locality: "Skillingaryd"),
        ]
        let measures = ["norra", "sodra"].map { spot in
            Record.measure(Measure(hotSpot: spot, what: "Belysning", responsible: "Kommunen",
                                   decided: Fixture.day("2023-11-06"), due: Fixture.day("2023-12-01")))
        }
        let picture = SituationAnalyzer(plan: plan, ledger: Ledger(events: measures.map(Fixture.event)))
            .picture(for: Fixture.tertial3, today: Fixture.today)
        let places = WallPresenter(plan: plan, picture: picture, language: .sv).measurePanel.rows.dropFirst()
            .map { $0.cells[0].text.trimmingCharacters(in: .whitespaces) }
        #expect(places == ["S. i. norra", "S. i. södra"])
    }
}
