import Testing
import LagesbildCore
@testable import LagesbildTUI

/// Every number on the panels is the number in Core's situation picture (what `lagesbild summary` prints).
@Suite struct NumbersTests {
    @Test(arguments: ["2023-T3", "2023-T2", "2023", "2023-W46", "2023-W47"])
    func panelsShowThePicturesNumbers(_ periodText: String) {
        let period = Period(periodText)!
        let app = Fixture.app(period: period)
        let picture = SituationAnalyzer(plan: Fixture.plan, ledger: Ledger(events: Fixture.records.map(Fixture.event)))
            .picture(for: period, today: Fixture.today)
        // The dashboard adds the presence it can count from the rounds at hand (DosageTests pin it).
        var shown = app.picture
        #expect(shown?.visits != nil)
        shown?.visits = nil
        #expect(shown == picture)
        let screen = Fixture.frame(app, rows: 40, cols: 120)
        let lines = screen.lines

        for s in picture.hotSpots {
            let row = lines.first { $0.contains("│ " + s.hotSpot.name + " ") || $0.contains("│▸" + s.hotSpot.name + " ") }
            let days = s.daysSinceLastRound.map { "\($0) d" } ?? "–"
            // The count and days columns are as wide as their heads ("händ.", "runda") or their numbers.
            let kind = s.kind.map { Language.sv(.analysis(.kindMark($0))) } ?? " "
            let expected = s.trend.arrow + kind + " " + TextWidth.padLeft("\(s.incidents)", to: 4) + " " + TextWidth.padLeft(days, to: 5)
                + " " + (s.overdue ? "!" : " ")
            #expect(row?.contains(expected) == true, "\(s.hotSpot.name): \(row ?? "missing") lacks \(expected)")
        }
        for p in picture.promises {
            let row = lines.first { $0.contains(p.promise.text) }
            #expect(row?.contains(" \(p.done)/\(p.target)") == true, "\(p.promise.text): \(row ?? "missing")")
        }
        for a in picture.activities {
            let name = a.metric == .rounds ? "Rundor" : {
                guard case .interventions(let k) = a.metric else { return "" }
                let w = Language.sv(.interventionKind(k)); return w.prefix(1).uppercased() + w.dropFirst()
            }()
            let count = a.target.map { "\(a.count)/\($0)" } ?? "\(a.count)"
            let row = lines.first { $0.contains("│ " + name + " ") && $0.contains(" " + count + " ") }
            #expect(row != nil, "\(name) \(count)")
        }
    }

    @Test func hotSpotOrderIsThePriorityOrder() {
        let app = Fixture.app()
        let order = app.panel(.hotSpots)?.selectableRows.map(\.target)
        #expect(order == Fixture.picture().hotSpots.map { .hotSpot($0.hotSpot.id) })
        #expect(Fixture.picture().hotSpots.map(\.priority) == [7.9, 6.0, 0.6])
    }
}
