import Testing
import LagesbildCore
@testable import LagesbildTUI

/// The area view on the in-memory screen: two municipalities (the fixture's plan under two
/// names, the second with no records), one ranking, drilling into a member and back.
@Suite struct AreaViewTests {
    func area() -> AreaApp {
        var other = Fixture.plan
        other.municipality = "Grannby"
        let second = MemoryDataStore(plan: other, events: [], author: "x@test")
        let options = DashboardOptions(language: .sv, today: Fixture.today, period: Fixture.tertial3, color: false, readOnly: true)
        return AreaApp(members: [
            AreaApp.Member(name: Fixture.plan.municipality, dashboard: DashboardApp(source: Fixture.store(), sink: nil, options: options,
                                                                                  today: Fixture.today)),
            AreaApp.Member(name: "Grannby", dashboard: DashboardApp(source: second, sink: nil, options: options, today: Fixture.today)),
        ], language: .sv)
    }

    @Test func oneRankingAcrossTheMunicipalities() {
        let app = area()
        let ranking = app.picture.ranking
        // Every place of both, highest priority first; the quiet second municipality's places
        // (priority from days without a round only) after or among the first's by score.
        #expect(ranking.count == Fixture.plan.hotSpots.filter(\.active).count * 2)
        #expect(zip(ranking, ranking.dropFirst()).allSatisfy { $0.status.priority >= $1.status.priority })
        #expect(Set(ranking.map(\.municipality)) == [Fixture.plan.municipality, "Grannby"])
        let screen = GridScreen(rows: 24, cols: 100)
        app.render(on: screen)
        let text = screen.lines.joined(separator: "\n")
        #expect(text.contains("Område: \(Fixture.plan.municipality), Grannby"))
        #expect(text.contains("▸ 1."))
        #expect(text.contains("Grannby"))
    }

    @Test func enterOpensTheMunicipalityAndQComesBack() {
        let app = area()
        let target = app.picture.ranking[1]
        _ = app.handle(.down)
        _ = app.handle(.enter)
        #expect(app.drilled == app.members.firstIndex { $0.name == target.municipality })
        #expect(app.members[app.drilled!].dashboard.mode == .detail(.hotSpot(target.status.hotSpot.id), scroll: 0))
        #expect(app.handle(.character("q")))
        #expect(app.drilled == nil)
        #expect(!app.handle(.character("q")))
    }
}
